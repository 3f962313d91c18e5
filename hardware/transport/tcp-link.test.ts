import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { openTcpLink } from './tcp-link';
import { readBytes, waitForState } from './test-support/wait-for-state';
import type { ByteLink } from './types';

/** A stand-in for a network printer that can be switched off and on. */
interface FakeDevice {
  readonly port: number;
  received(): Promise<Buffer>;
  send(bytes: Uint8Array): void;
  stop(): Promise<void>;
}

async function listen(port = 0): Promise<FakeDevice> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', resolve),
  );

  return {
    port: (server.address() as AddressInfo).port,
    received: () =>
      new Promise((resolve) => {
        const take = (socket: Socket): void => {
          socket.once('data', (chunk: Buffer) => resolve(chunk));
        };
        const first = [...sockets][0];
        if (first !== undefined) take(first);
        else server.once('connection', take);
      }),
    send(bytes) {
      for (const socket of sockets) socket.write(bytes);
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let device: FakeDevice | undefined;
let link: ByteLink | undefined;

afterEach(async () => {
  await link?.close();
  await device?.stop();
});

test('bytes flow both ways and survive the device restarting', async () => {
  device = await listen();
  const { port } = device;
  const tcp = openTcpLink({
    host: '127.0.0.1',
    port,
    reconnect: { baseMs: 20, capMs: 100 },
  });
  link = tcp;
  await waitForState(tcp, 'open');

  const first = device.received();
  expect(await tcp.write(Uint8Array.of(0x10, 0x04, 0x04))).toEqual({
    ok: true,
  });
  expect([...(await first)]).toEqual([0x10, 0x04, 0x04]);
  const status = readBytes(tcp, 1);
  device.send(Uint8Array.of(0x12));
  expect([...(await status)]).toEqual([0x12]);

  const lost = waitForState(tcp, 'lost');
  await device.stop();
  device = undefined;
  await lost;
  expect(await tcp.write(Uint8Array.of(1))).toMatchObject({
    ok: false,
    error: { code: 'disconnected' },
  });

  const back = waitForState(tcp, 'open');
  device = await listen(port);
  await back;
  const again = device.received();
  expect((await tcp.write(Uint8Array.of(0x1b, 0x40))).ok).toBe(true);
  expect([...(await again)]).toEqual([0x1b, 0x40]);
});

test('keeps retrying while nothing listens, and close stops it', async () => {
  const unused = await listen();
  const { port } = unused;
  await unused.stop();

  const reasons: string[] = [];
  const tcp = openTcpLink({
    host: '127.0.0.1',
    port,
    reconnect: { baseMs: 10, capMs: 20 },
  });
  link = tcp;
  await new Promise<void>((resolve) => {
    const off = tcp.onState((state) => {
      if (state.state === 'lost') reasons.push(state.reason);
      if (reasons.length < 3) return;
      off();
      resolve();
    });
  });
  expect(reasons[0]).toMatch(/ECONNREFUSED/);

  await tcp.close();
  expect(tcp.state()).toEqual({ state: 'closed' });
});
