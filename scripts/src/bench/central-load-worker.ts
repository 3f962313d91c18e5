// One load-generator process of the central load benchmark: enrolls its
// share of simulated kiosks over central's HTTP API, connects each to
// `/kiosk` with a signed Ed25519 handshake, acknowledges pushes, and sends
// a heartbeat per kiosk every interval, at a phase of its own.
import type { KioskHeartbeat } from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { TestKiosk } from '../../../central/src/testing/kiosk-client';
import {
  makeKioskKey,
  postEnroll,
  signHandshake,
} from '../../../central/src/testing/kiosk-client';

export interface AddKiosks {
  readonly type: 'add';
  readonly url: string;
  /** Global indexes; each one's phase is fixed by its index. */
  readonly indexes: readonly number[];
  readonly intervalMs: number;
}
export type ToWorker = AddKiosks | { readonly type: 'stats' | 'stop' };

export interface WorkerStats {
  readonly type: 'stats';
  readonly connected: number;
  readonly heartbeats: number;
  readonly disconnects: number;
  /** Enrollments tried again after a failed request. */
  readonly retries: number;
}
export type FromWorker =
  | { readonly type: 'added'; readonly count: number }
  | { readonly type: 'failed'; readonly reason: string }
  | WorkerStats;

/** Enrollments and connections in flight at once, per worker. */
const CONCURRENCY = 8;
/** Tries per kiosk for enrollment and for the first connection. */
const TRIES = 5;
// Golden-ratio phases: any first n kiosks are spread evenly over the
// interval, so each step of the benchmark is even too.
const PHI = (Math.sqrt(5) - 1) / 2;

const sockets: Socket[] = [];
const timers: NodeJS.Timeout[] = [];
let heartbeats = 0;
let disconnects = 0;
let retries = 0;

const send = (message: FromWorker) => {
  if (process.connected) process.send?.(message);
};
// The benchmark is gone (finished or failed): so is this worker.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'add':
      addKiosks(message).then(
        (count) => send({ type: 'added', count }),
        (error: unknown) => send({ type: 'failed', reason: describe(error) }),
      );
      return;
    case 'stats':
      send({
        type: 'stats',
        connected: sockets.filter((socket) => socket.connected).length,
        heartbeats,
        disconnects,
        retries,
      });
      return;
    case 'stop':
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.close();
      process.disconnect?.();
      return;
  }
});

async function addKiosks(message: AddKiosks): Promise<number> {
  const queue = [...message.indexes];
  const runOne = async () => {
    let index = queue.shift();
    while (index !== undefined) {
      const at = index;
      const kiosk = await retry(() => enroll(message.url, at));
      await connect(message, kiosk, at);
      index = queue.shift();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, runOne));
  return message.indexes.length;
}

async function enroll(url: string, index: number): Promise<TestKiosk> {
  const kioskId = `LOAD-${String(index).padStart(5, '0')}`;
  const issued = await fetch(`${url}/api/enrollment-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({
      kioskId,
      ward: `Phường ${String(index % 168)}`,
      address: `${String(index)} Đường Thử`,
      ttlMs: 3_600_000,
    }),
  });
  if (issued.status !== 201) throw new Error(`token ${String(issued.status)}`);
  const { token } = (await issued.json()) as { token: string };
  const key = makeKioskKey();
  const answer = await postEnroll(url, {
    token,
    publicKey: key.publicKey,
    agentVersion: '0.1.0-load',
  });
  if (!answer.body.ok) throw new Error(answer.body.error.code);
  return { ...key, kioskId };
}

async function connect(message: AddKiosks, kiosk: TestKiosk, index: number) {
  // A fresh slot's stream is catalog, calendar and config (seq 1–3): the
  // kiosk starts as one that applied them, as after its first sync.
  let lastSeq = 3;
  const socket = io(`${message.url}/kiosk`, {
    forceNew: true,
    transports: ['websocket'],
    timeout: 60_000,
    auth: (callback) => callback(signHandshake(kiosk, { lastSeq })),
  });
  sockets.push(socket);
  socket.on(
    'central.push',
    (push: { seq: number }, ack: (a: unknown) => void) => {
      lastSeq = Math.max(lastSeq, push.seq);
      ack({ ok: true });
    },
  );
  socket.on('disconnect', () => {
    disconnects += 1;
  });
  // socket.io tries again by itself after a refused or timed-out connect.
  let failures = 0;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.on('connect_error', (error) => {
      failures += 1;
      if (failures >= TRIES) reject(error);
    });
  });

  const startedAt = Date.now();
  const beat = () => {
    if (!socket.connected) return;
    heartbeats += 1;
    socket.volatile.emit('kiosk.heartbeat', heartbeatOf(kiosk, startedAt));
  };
  const phase = ((index * PHI) % 1) * message.intervalMs;
  const first = setTimeout(() => {
    beat();
    timers.push(setInterval(beat, message.intervalMs));
  }, phase);
  timers.push(first);
}

// A loaded central may drop an enrollment request; the token is only
// burnt by a successful one, so a new try issues a fresh token and key.
async function retry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= TRIES) throw error;
      retries += 1;
      await new Promise((resolve) => setTimeout(resolve, attempt * 1_000));
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : ` (${describe(error.cause)})`;
  return `${error.message}${cause}`;
}

function heartbeatOf(kiosk: TestKiosk, startedAt: number): KioskHeartbeat {
  const now = Date.now();
  return {
    kioskId: kiosk.kioskId,
    sentAt: new Date(now).toISOString(),
    uptimeSeconds: Math.floor((now - startedAt) / 1000),
    agentVersion: '0.1.0-load',
    devices: [
      { role: 'printer', driver: 'simulator', state: 'ready' },
      { role: 'scanner', driver: 'simulator', state: 'ready' },
    ],
    outbox: { pending: 0, oldestAgeSeconds: null },
    freeDiskBytes: 20_000_000_000,
  };
}
