import type { Procedure } from '@motcua/protocol';
import { createLogger, PROTOCOL_VERSION } from '@motcua/protocol';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'socket.io';
import type { Socket as KioskSocket } from 'socket.io';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { RunningAgent } from '../agent';
import { startAgent } from '../agent';
import { loadConfig } from '../config';
import { Inbox } from '../store/inbox';
import { openStore } from '../store/open-store';
import { tempDir } from './fixtures';

/** A clock the test moves by hand. */
export function testClock(iso: string) {
  let at = new Date(iso);
  return {
    now: () => at,
    set(next: string) {
      at = new Date(next);
    },
  };
}

/** A loopback port nothing listens on (for now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RigOptions {
  readonly dir?: string;
  readonly centralPort: number;
  readonly now: () => Date;
  readonly procedures?: readonly Procedure[];
  /** Written as the technician's settings file. */
  readonly settings?: Record<string, unknown>;
}

export interface AgentRig {
  readonly dir: string;
  readonly agent: RunningAgent;
  readonly logLines: string[];
  /** The `agent.hello` the page's socket was greeted with. */
  readonly hello: Promise<unknown>;
  /** Asks the agent as the kiosk page does, over its local socket. */
  ask(event: string, payload: unknown): Promise<unknown>;
  /** What the virtual printer received, decoded. */
  printed(): Promise<{ lines: string[]; qrCodes: string[] }[]>;
  close(): Promise<void>;
}

/**
 * The whole agent, as a kiosk runs it, in simulator mode on a data folder:
 * already enrolled (so it links to `centralPort` at once), with a catalog,
 * and a kiosk page connected over socket.io on loopback.
 */
export async function startRig(options: RigOptions): Promise<AgentRig> {
  const dir = options.dir ?? tempDir();
  const db = openStore(dir);
  db.prepare(
    `INSERT OR IGNORE INTO kiosk_identity (kiosk_id, ward, address,
       enrolled_at) VALUES ('KIOSK-T', 'Phường Sài Gòn', '', ?)`,
  ).run(options.now().toISOString());
  const inbox = new Inbox(db);
  if (inbox.lastSeq() === 0) {
    inbox.apply(
      1,
      { kind: 'catalog', procedures: [...(options.procedures ?? [])] },
      options.now(),
    );
  }
  db.close();

  const appDir = tempDir('motcua-app-');
  writeFileSync(join(appDir, 'index.html'), '<title>kiosk</title>');
  const settingsFile = join(dir, 'settings.json');
  writeFileSync(settingsFile, JSON.stringify(options.settings ?? {}));
  const config = loadConfig({
    MOTCUA_AGENT_DATA: dir,
    MOTCUA_AGENT_PORT: '0',
    MOTCUA_APP_DIR: appDir,
    MOTCUA_CENTRAL_URL: `http://127.0.0.1:${String(options.centralPort)}`,
    MOTCUA_AGENT_CONFIG: settingsFile,
  });
  const logLines: string[] = [];
  const agent = await startAgent(config, {
    now: options.now,
    logger: createLogger({
      source: 'test',
      now: options.now,
      write: (line) => logLines.push(line),
    }),
  });

  const page: Socket = io(agent.url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin: agent.url },
    auth: { token: config.pageToken, protocolVersion: PROTOCOL_VERSION },
  });
  const hello = new Promise<unknown>((resolve) =>
    page.once('agent.hello', resolve),
  );
  await new Promise<void>((resolve, reject) => {
    page.on('connect', resolve);
    page.on('connect_error', reject);
  });

  return {
    dir,
    agent,
    logLines,
    hello,
    ask: (event, payload) => page.timeout(10_000).emitWithAck(event, payload),
    async printed() {
      const response = await fetch(`${agent.url}/sim/printer/jobs`);
      return (await response.json()) as {
        lines: string[];
        qrCodes: string[];
      }[];
    },
    async close() {
      page.close();
      await agent.close();
    },
  };
}

/** How long a test waits for central to hear of something. */
const WAIT_LIMIT_MS = 10_000;

/** Records what a stand-in central on loopback received, by event name. */
export interface StandInCentral {
  readonly port: number;
  readonly received: Map<string, unknown[]>;
  /** Resolves once `count` messages named `event` have arrived. */
  waitFor(event: string, count?: number): Promise<unknown[]>;
  /**
   * Sends a `central.push` to the kiosk (once it has connected) and
   * resolves with its acknowledgement.
   */
  push(payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * A small central on loopback: acknowledges outbox items with
 * `delivery.ack` as central does, and answers `dossier.lookup` with
 * `lookup`. No key checks: those are central's own tests.
 */
export async function startStandInCentral(options: {
  readonly port?: number;
  readonly lookup?: (payload: unknown) => unknown;
}): Promise<StandInCentral> {
  const http = createServer();
  const server = new Server(http);
  const received = new Map<string, unknown[]>();
  const waiters: (() => void)[] = [];
  const record = (event: string, payload: unknown) => {
    received.set(event, [...(received.get(event) ?? []), payload]);
    for (const wake of waiters.splice(0)) wake();
  };

  const kiosks: { emitWithAck: KioskSocket['emitWithAck'] }[] = [];
  server.of('/kiosk').on('connection', (socket) => {
    kiosks.push(socket.timeout(WAIT_LIMIT_MS));
    record('connection', socket.id);
    for (const event of ['kiosk.event', 'kiosk.rating', 'kiosk.ticket']) {
      socket.on(event, (payload: unknown, ack?: (a: unknown) => void) => {
        record(event, payload);
        ack?.({ ok: true, duplicate: false });
      });
    }
    socket.on(
      'dossier.deliver',
      (payload: { dossier: { id: string } }, ack?: (a: unknown) => void) => {
        record('dossier.deliver', payload);
        ack?.({ ok: true, dossierId: payload.dossier.id, duplicate: false });
      },
    );
    socket.on(
      'dossier.lookup',
      (payload: unknown, ack?: (a: unknown) => void) => {
        record('dossier.lookup', payload);
        ack?.(options.lookup?.(payload));
      },
    );
  });
  await new Promise<void>((resolve) =>
    http.listen(options.port ?? 0, '127.0.0.1', resolve),
  );
  const { port } = http.address() as AddressInfo;

  const waitFor = async (event: string, count = 1) => {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    while ((received.get(event)?.length ?? 0) < count) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`central got no ${String(count)} × ${event}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return received.get(event) ?? [];
  };

  return {
    port,
    received,
    waitFor,
    async push(payload) {
      await waitFor('connection');
      const kiosk = kiosks.at(-1);
      if (kiosk === undefined) throw new Error('no kiosk connected');
      return kiosk.emitWithAck('central.push', payload);
    },
    async close() {
      await server.close();
    },
  };
}
