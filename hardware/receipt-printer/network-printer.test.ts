import type { Server, Socket } from 'node:net';
import { createServer } from 'node:net';
import type { PrinterStatus } from '@motcua/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { findCutEnds } from './escpos-decoder';
import { SAMPLE_SLIP } from './fixtures/sample-slip';
import { connectNetworkPrinter } from './network-printer';
import { PROFILES } from './profiles';
import type {
  VirtualPrinter,
  VirtualPrinterJob,
} from './simulator/virtual-printer';
import { startVirtualPrinter } from './simulator/virtual-printer';
import { encodeSlip } from './slip';
import type { ReceiptPrinter } from './types';

const SLIP = encodeSlip(SAMPLE_SLIP, PROFILES['epson-tm-t88vi']);
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(timeoutMs = 2000) {
  const virtual = await startVirtualPrinter();
  const printer = connectNetworkPrinter({
    host: '127.0.0.1',
    port: virtual.port,
    timeoutMs,
  });
  cleanups.push(
    () => virtual.close(),
    () => printer.close(),
  );
  return { virtual, printer };
}

function nextJob(virtual: VirtualPrinter): Promise<VirtualPrinterJob> {
  return new Promise((resolve) => {
    const stop = virtual.onJob((job) => {
      stop();
      resolve(job);
    });
  });
}

function nextStatus(printer: ReceiptPrinter, state: PrinterStatus['state']) {
  return new Promise<PrinterStatus>((resolve) => {
    const stop = printer.onStatus((status) => {
      if (status.state !== state) return;
      stop();
      resolve(status);
    });
  });
}

describe('network printer against the virtual printer over loopback', () => {
  it('prints a slip whose code, QR and Vietnamese text arrive intact', async () => {
    const { virtual, printer } = await setUp();
    const job = nextJob(virtual);

    expect(await printer.print(SLIP)).toEqual({ ok: true, value: undefined });

    const { decoded, bytes } = await job;
    expect(decoded.lines).toContain('HS-260801-0001');
    expect(decoded.lines).toContain('Người nộp: NGUYỄN VĂN AN');
    expect(decoded.lines).toContain('Thủ tục: Đăng ký tạm trú');
    expect(decoded.qrCodes).toEqual([SAMPLE_SLIP.qr]);
    // The job ends at the cut; what follows it starts the next job.
    expect([...bytes]).toEqual([...SLIP.slice(0, findCutEnds(SLIP)[0])]);
  });

  it('reports ready, then paper near end, and still prints', async () => {
    const { virtual, printer } = await setUp();
    expect(await printer.status()).toMatchObject({ value: { state: 'ready' } });

    virtual.setCondition('paperNearEnd');
    const status = await printer.status();
    expect(status).toMatchObject({ value: { state: 'paperNearEnd' } });
    expect((await printer.print(SLIP)).ok).toBe(true);
  });

  it('refuses to print with paperOut and reports it', async () => {
    const { virtual, printer } = await setUp();
    virtual.setCondition('paperOut');
    const seen = nextStatus(printer, 'paperOut');

    expect(await printer.print(SLIP)).toMatchObject({
      ok: false,
      error: { code: 'paperOut' },
    });
    expect(await printer.status()).toMatchObject({
      value: { state: 'paperOut' },
    });
    await seen;
    expect(virtual.jobs()).toEqual([]);
  });

  it('refuses to print with coverOpen while the cover is open', async () => {
    const { virtual, printer } = await setUp();
    virtual.setCondition('coverOpen');

    expect(await printer.print(SLIP)).toMatchObject({
      error: { code: 'coverOpen' },
    });
    virtual.setCondition('ready');
    expect((await printer.print(SLIP)).ok).toBe(true);
  });

  it('keeps one request in flight when calls overlap', async () => {
    const { virtual, printer } = await setUp();
    const jobs = new Promise<number>((resolve) => {
      let count = 0;
      virtual.onJob(() => {
        count += 1;
        if (count === 3) resolve(count);
      });
    });

    const results = await Promise.all([
      printer.print(SLIP),
      printer.status(),
      printer.print(SLIP),
      printer.status(),
      printer.print(SLIP),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await jobs).toBe(3);
  });

  it('reports disconnected once the printer goes away', async () => {
    const { virtual, printer } = await setUp();
    expect((await printer.status()).ok).toBe(true);
    const seen = nextStatus(printer, 'disconnected');

    await virtual.close();
    await seen;
    expect(await printer.status()).toMatchObject({
      error: { code: 'disconnected' },
    });
  });

  it('reconnects by itself and reports ready when the printer comes back', async () => {
    const first = await startVirtualPrinter();
    const printer = connectNetworkPrinter({
      host: '127.0.0.1',
      port: first.port,
    });
    cleanups.push(() => printer.close());
    expect((await printer.status()).ok).toBe(true);
    const gone = nextStatus(printer, 'disconnected');
    await first.close();
    await gone;

    const back = nextStatus(printer, 'ready');
    const second = await startVirtualPrinter({ port: first.port });
    cleanups.push(() => second.close());
    await back;
    expect(await printer.status()).toMatchObject({
      value: { state: 'ready' },
    });
  });
});

describe('network printer against a printer that never answers', () => {
  it('fails status and print with timeout', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => undefined);
    });
    await new Promise<void>((resolve) =>
      silent.listen(0, '127.0.0.1', resolve),
    );
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          sockets.forEach((socket) => socket.destroy());
          silent.close(() => resolve());
        }),
    );
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const printer = connectNetworkPrinter({
      host: '127.0.0.1',
      port,
      timeoutMs: 100,
    });
    cleanups.push(() => printer.close());

    expect(await printer.status()).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
    expect(await printer.print(SLIP)).toMatchObject({
      error: { code: 'timeout' },
    });
  });
});
