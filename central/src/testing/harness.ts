import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierDeliver, DossierDelivered } from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { KioskSlotInput } from '../fleet/tokens';
import type { CentralOptions, RunningCentral } from '../server';
import { startCentral } from '../server';
import type { KioskClient, TestKiosk } from './kiosk-client';
import { connectKiosk, makeKioskKey, postEnroll } from './kiosk-client';

export type { KioskClient, TestKiosk } from './kiosk-client';
export { connectKiosk, signHandshake } from './kiosk-client';

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

export const TEST_SLOT = {
  kioskId: 'KIOSK-DEV-01',
  ward: 'Phường Sài Gòn',
  address: '86 Lê Thánh Tôn, phường Sài Gòn',
} as const;

/** Issues a token for a slot and enrolls a fresh key with it over HTTP. */
export async function enrollKiosk(
  central: TestCentral,
  slot: Partial<KioskSlotInput> = {},
): Promise<TestKiosk> {
  const kioskId = slot.kioskId ?? TEST_SLOT.kioskId;
  const { token } = await central.central.issueEnrollmentToken({
    ...TEST_SLOT,
    ...slot,
    ttlMs: 60_000,
  });
  const key = makeKioskKey();
  const answer = await postEnroll(central.url, {
    token,
    publicKey: key.publicKey,
    agentVersion: '0.1.0',
  });
  if (!answer.body.ok) throw new Error(answer.body.error.code);
  return { ...key, kioskId };
}

/** Starts central, enrolls the test kiosk and connects it. */
export async function startWithKiosk(
  overrides: Partial<CentralOptions> = {},
): Promise<{ central: TestCentral; kiosk: KioskClient; key: TestKiosk }> {
  const central = await startTestCentral(overrides);
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key);
  return { central, kiosk, key };
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

/** A valid delivery of a residence confirmation from the test kiosk. */
export function sampleDelivery(
  dossier: Partial<DossierDeliver['dossier']> = {},
): DossierDeliver {
  return {
    msgId: randomUUID(),
    dossier: {
      id: randomUUID(),
      code: '000.00.00.H29-261203-0001',
      kioskId: TEST_SLOT.kioskId,
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

export async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** A clock that tests move by hand. */
export function manualClock(start = new Date()) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
