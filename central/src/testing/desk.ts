import type { KioskHeartbeat } from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { CentralOptions } from '../server';
import type { KioskClient, TestCentral, TestKiosk } from './harness';
import {
  connectKiosk,
  enrollKiosk,
  manualClock,
  signHandshake,
  startTestCentral,
  TEST_SLOT,
} from './harness';
import { manualSchedule } from './manual-schedule';
import type { StaffLogin } from './staff-client';
import { logInAs, TEST_STAFF } from './staff-client';

// For the alert, deadline and figures scenarios: a central with the test
// staff, a clock and periodic tasks the test moves by hand, the test kiosk
// connected, and an operator watching `/staff`.

export interface Desk {
  readonly central: TestCentral;
  readonly clock: ReturnType<typeof manualClock>;
  readonly tasks: ReturnType<typeof manualSchedule>;
  readonly key: TestKiosk;
  readonly kiosk: KioskClient;
  readonly operator: StaffLogin;
  readonly staff: Socket;
  close(): Promise<void>;
}

export async function startDesk(
  start: Date,
  overrides: Partial<CentralOptions> = {},
): Promise<Desk> {
  const clock = manualClock(start);
  const tasks = manualSchedule();
  const central = await startTestCentral({
    staff: TEST_STAFF,
    now: clock.now,
    schedule: tasks.schedule,
    ...overrides,
  });
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key, {
    auth: signHandshake(key, { signedAt: clock.now() }),
  });
  const operator = await logInAs(central.url, 'operator');
  const staff = await connectStaffAs(central.url, operator.cookie);
  return {
    central,
    clock,
    tasks,
    key,
    kiosk,
    operator,
    staff,
    async close() {
      kiosk.socket.close();
      staff.close();
      await central.dispose();
    },
  };
}

/** `/staff` with a session cookie, connected (snapshot listeners first). */
export async function connectStaffAs(
  url: string,
  cookie: string,
): Promise<Socket> {
  const socket = io(`${url}/staff`, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    extraHeaders: { cookie },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Resolves with the first `event` that `matches`, or fails after 5 s. */
export function waitForEvent<T>(
  socket: Socket,
  event: string,
  matches: (value: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching ${event} within 5 s`));
    }, 5_000);
    const listener = (value: T) => {
      if (!matches(value)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(value);
    };
    socket.on(event, listener);
  });
}

/** Every `event` from now on, in arrival order. */
export function record<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (value: T) => seen.push(value));
  return seen;
}

/** A healthy heartbeat of the test kiosk, with `changes` applied. */
export function heartbeatOf(
  at: Date,
  changes: Partial<KioskHeartbeat> = {},
): KioskHeartbeat {
  return {
    kioskId: TEST_SLOT.kioskId,
    sentAt: at.toISOString(),
    uptimeSeconds: 120,
    agentVersion: '0.1.0',
    devices: [{ role: 'printer', driver: 'escpos', state: 'ready' }],
    outbox: { pending: 0, oldestAgeSeconds: null },
    freeDiskBytes: 20 * 1024 ** 3,
    ...changes,
  };
}

/** An acknowledged kiosk → central message. */
export function emitAck<T>(
  kiosk: KioskClient,
  event: string,
  payload: unknown,
): Promise<T> {
  return kiosk.socket.timeout(5_000).emitWithAck(event, payload) as Promise<T>;
}
