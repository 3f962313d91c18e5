import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type {
  CentralPush,
  KioskEnrolled,
  KioskHandshake,
} from '@motcua/protocol';
import { kioskProofText, PROTOCOL_VERSION } from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

// A kiosk as the agent will be, reduced to what tests need: a real Ed25519
// key, the HTTP enrollment, a signed handshake, and a push listener that
// records every item and acknowledges it.

export interface KioskKey {
  readonly privateKey: KeyObject;
  /** SPKI DER, base64, as `kiosk.enroll` carries it. */
  readonly publicKey: string;
}

export interface TestKiosk extends KioskKey {
  readonly kioskId: string;
}

export function makeKioskKey(): KioskKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey: der.toString('base64') };
}

export async function postEnroll(
  url: string,
  body: unknown,
): Promise<{ status: number; body: KioskEnrolled }> {
  const response = await fetch(`${url}/api/kiosk/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as KioskEnrolled,
  };
}

let lastSignedAt = 0;

/** A handshake signed now (never twice at the same millisecond). */
export function signHandshake(
  kiosk: TestKiosk,
  options: { lastSeq?: number; signedAt?: Date } = {},
): KioskHandshake {
  let at = options.signedAt?.getTime() ?? Date.now();
  if (options.signedAt === undefined) {
    at = Math.max(at, lastSignedAt + 1);
    lastSignedAt = at;
  }
  const signedAt = new Date(at).toISOString();
  const proof = Buffer.from(kioskProofText(kiosk.kioskId, signedAt), 'utf8');
  return {
    kioskId: kiosk.kioskId,
    protocolVersion: PROTOCOL_VERSION,
    signedAt,
    signature: sign(null, proof, kiosk.privateKey).toString('base64'),
    lastSeq: options.lastSeq ?? 0,
  };
}

export interface KioskClient {
  readonly socket: Socket;
  /** Every `central.push` received, in arrival order. */
  readonly pushes: CentralPush[];
  /** Resolves once `count` pushes in all have arrived. */
  pushCount(count: number): Promise<CentralPush[]>;
}

/** Connects to `/kiosk`; rejects with the refusal's `data` if refused. */
export async function connectKiosk(
  url: string,
  kiosk: TestKiosk,
  options: {
    lastSeq?: number;
    auth?: Record<string, unknown>;
    /** What the kiosk answers to each push; `{ ok: true }` by default. */
    ack?: (push: CentralPush) => unknown;
  } = {},
): Promise<KioskClient> {
  const answer = options.ack ?? (() => ({ ok: true }));
  const socket = io(`${url}/kiosk`, {
    autoConnect: false,
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    auth: { ...signHandshake(kiosk, options), ...options.auth },
  });

  // Listen before connecting: central starts the replay straight away.
  const pushes: CentralPush[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  socket.on('central.push', (push: CentralPush, ack: (a: unknown) => void) => {
    pushes.push(push);
    ack(answer(push));
    for (const wait of waiting.filter((w) => pushes.length >= w.count)) {
      wait.resolve();
    }
  });

  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(error.data ?? error);
    });
    socket.connect();
  });

  return {
    socket,
    pushes,
    pushCount(count) {
      if (pushes.length >= count) return Promise.resolve(pushes.slice());
      return new Promise((resolve) => {
        waiting.push({ count, resolve: () => resolve(pushes.slice()) });
      });
    },
  };
}
