import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  CatalogSnapshot,
  DossierDeliver,
  DossierDelivered,
} from '@motcua/protocol';
import { PROTOCOL_VERSION } from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { DEV_KIOSK } from '../kiosk/auth';
import type { CentralOptions, RunningCentral } from '../server';
import { startCentral } from '../server';

// Shared by the scenario tests: a real central on loopback with its own temp
// data folder, and real socket.io clients. Nothing here sleeps; every wait is
// for an event, an acknowledgement or a response.

export interface TestCentral {
  readonly central: RunningCentral;
  readonly url: string;
  readonly dataDir: string;
  readonly logs: string[];
  /** Closes central, keeping the data folder (for restart tests). */
  stop(): Promise<void>;
  /** Closes central and deletes its data folder. */
  dispose(): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'motcua-central-'));
}

export async function startTestCentral(
  overrides: Partial<CentralOptions> = {},
): Promise<TestCentral> {
  const dataDir = overrides.dataDir ?? (await makeDataDir());
  const logs: string[] = [];
  const central = await startCentral({
    port: 0,
    dashboardDir: join(dataDir, 'no-dashboard'),
    log: (line) => logs.push(line),
    ...overrides,
    dataDir,
  });
  return {
    central,
    url: central.url,
    dataDir,
    logs,
    stop: () => central.close(),
    async dispose() {
      await central.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface KioskClient {
  readonly socket: Socket;
  /** The snapshot central sends on connect. */
  readonly catalog: Promise<CatalogSnapshot>;
}

/** Connects to `/kiosk`; rejects with the refusal's `data` if refused. */
export async function connectKiosk(
  url: string,
  auth: Record<string, unknown> = {},
): Promise<KioskClient> {
  const socket = io(`${url}/kiosk`, {
    autoConnect: false,
    // Each kiosk has its own connection, as a real one would.
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    auth: {
      kioskId: DEV_KIOSK.id,
      token: DEV_KIOSK.token,
      protocolVersion: PROTOCOL_VERSION,
      ...auth,
    },
  });
  // Listen before connecting: central sends the catalog straight away.
  const catalog = new Promise<CatalogSnapshot>((resolve) => {
    socket.once('catalog.snapshot', resolve);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(error.data ?? error);
    });
    socket.connect();
  });
  return { socket, catalog };
}

export function connectStaff(url: string): Socket {
  return io(`${url}/staff`, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
  });
}

export function nextEvent<T>(socket: Socket, event: string): Promise<T> {
  return new Promise((resolve) => socket.once(event, resolve));
}

export function deliver(
  socket: Socket,
  payload: unknown,
): Promise<DossierDelivered> {
  return socket.timeout(5_000).emitWithAck('dossier.deliver', payload);
}

/** A valid delivery of a residence confirmation from the dev kiosk. */
export function sampleDelivery(
  dossier: Partial<DossierDeliver['dossier']> = {},
): DossierDeliver {
  return {
    msgId: randomUUID(),
    dossier: {
      id: randomUUID(),
      code: '000.00.00.H29-261203-0001',
      kioskId: DEV_KIOSK.id,
      procedureId: 'residence-confirmation',
      language: 'vi',
      receivedAt: '2026-12-03T09:15:00+07:00',
      returnDate: '2026-12-04',
      applicant: {
        idNumber: '079090123456',
        fullName: 'NGUYỄN VĂN AN',
        dateOfBirth: '1990-05-17',
        sex: 'male',
        address: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
      },
      fields: {
        fullName: 'NGUYỄN VĂN AN',
        idNumber: '079090123456',
        dateOfBirth: '1990-05-17',
        sex: 'male',
        address: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
        purpose: 'Bổ sung hồ sơ xin việc',
      },
      ...dossier,
    },
  };
}

export async function getJson(
  url: string,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}
