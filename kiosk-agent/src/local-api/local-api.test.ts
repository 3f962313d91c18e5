import { createLogger, PROTOCOL_VERSION } from '@motcua/protocol';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fixtures';
import type { LocalApi, LocalApiHandlers } from './local-api';
import { startLocalApi } from './local-api';

const TOKEN = 'boot-token-for-test';
const silent = createLogger({ source: 'test', write: () => undefined });

const handlers: LocalApiHandlers = {
  kioskId: 'KIOSK-T',
  simulator: false,
  printerStatus: () => ({ state: 'ready', at: '2026-12-03T03:00:00.000Z' }),
  catalog: () => undefined,
  submit: () => Promise.reject(new Error('not in this test')),
  endSession: () => undefined,
  simScan: () => Promise.resolve({ ok: true }),
  simPrinter: () => Promise.resolve({ ok: true }),
  scanDocument: () => Promise.reject(new Error('not in this test')),
  reprint: () => Promise.reject(new Error('not in this test')),
  lookup: () => Promise.reject(new Error('not in this test')),
  rate: () => ({ ok: true }),
  takeTicket: () => Promise.reject(new Error('not in this test')),
  listSlots: () => ({ ok: true, date: '2026-12-03', slots: [] }),
  requestHelp: () => ({ ok: true }),
};

let api: LocalApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start() {
  const appDir = tempDir();
  writeFileSync(
    join(appDir, 'index.html'),
    '<meta name="motcua-agent-token" content="__MOTCUA_AGENT_TOKEN__">',
  );
  mkdirSync(join(appDir, 'assets'));
  api = await startLocalApi({
    host: '127.0.0.1',
    port: 0,
    appDir,
    token: TOKEN,
    handlers,
    logger: silent,
  });
  return api.url;
}

function connect(
  url: string,
  options: { origin?: string; token?: string; version?: number },
) {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders:
      options.origin === undefined ? {} : { origin: options.origin },
    auth: {
      token: options.token ?? TOKEN,
      protocolVersion: options.version ?? PROTOCOL_VERSION,
    },
  });
  return new Promise<{ hello?: unknown; error?: unknown }>((resolve) => {
    socket.on('agent.hello', (hello: unknown) => {
      socket.close();
      resolve({ hello });
    });
    socket.on('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      resolve({ error: error.data });
    });
  });
}

describe('the local API door', () => {
  it('greets a page from its own origin with the boot token', async () => {
    const url = await start();
    const answer = await connect(url, { origin: url });
    expect(answer.hello).toEqual({
      kioskId: 'KIOSK-T',
      simulator: false,
      protocolVersion: PROTOCOL_VERSION,
    });
  });

  it('refuses another origin with a clear error', async () => {
    const url = await start();
    const answer = await connect(url, { origin: 'http://evil.example' });
    expect(answer.error).toMatchObject({ code: 'origin.refused' });
  });

  it('refuses a connection with no origin at all', async () => {
    const url = await start();
    const answer = await connect(url, {});
    expect(answer.error).toMatchObject({ code: 'origin.refused' });
  });

  it('refuses a token from an earlier boot', async () => {
    const url = await start();
    const answer = await connect(url, { origin: url, token: 'stale' });
    expect(answer.error).toMatchObject({ code: 'token.invalid' });
  });

  it('refuses a page speaking another protocol version', async () => {
    const url = await start();
    const answer = await connect(url, { origin: url, version: 99 });
    expect(answer.error).toMatchObject({ code: 'unsupported_version' });
  });

  it('writes the boot token into the page it serves', async () => {
    const url = await start();
    const html = await (await fetch(`${url}/`)).text();
    expect(html).toContain(`content="${TOKEN}"`);
    expect(html).not.toContain('__MOTCUA_AGENT_TOKEN__');
  });

  it('serves nothing outside the app folder', async () => {
    const url = await start();
    const response = await fetch(`${url}/assets/..%2f..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(response.status);
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(
      startLocalApi({
        host: '0.0.0.0',
        port: 0,
        appDir: tempDir(),
        token: TOKEN,
        handlers,
        logger: silent,
      }),
    ).rejects.toThrow(/loopback/);
  });
});
