import { createPublicKey, verify } from 'node:crypto';
import type { ProtocolError, Result } from '@motcua/protocol';
import {
  checkProtocolVersion,
  err,
  kioskProofText,
  ok,
  parseMessage,
  protocolError,
} from '@motcua/protocol';
import type { CentralStore } from '../store/types';
import type { ReplayGuard } from './replay-guard';

/** How far a kiosk's `signedAt` may be from central's clock. */
export const HANDSHAKE_MAX_SKEW_MS = 5 * 60_000;

export interface AuthenticatedKiosk {
  readonly kioskId: string;
  readonly publicKey: string;
  /** Where the push replay starts: after this seq. */
  readonly resumeAfter: number;
}

export interface HandshakeDeps {
  readonly store: CentralStore;
  readonly replays: ReplayGuard;
  readonly now: () => Date;
}

/**
 * Checks a `/kiosk` handshake: version, shape, an enrolled and unrevoked
 * kiosk, a signature by its key over the proof text, a fresh `signedAt`
 * and a proof not seen before.
 */
export async function authenticateKiosk(
  auth: unknown,
  deps: HandshakeDeps,
): Promise<Result<AuthenticatedKiosk, ProtocolError>> {
  const announced =
    typeof auth === 'object' && auth !== null
      ? (auth as { protocolVersion?: unknown }).protocolVersion
      : undefined;
  const version = checkProtocolVersion(announced);
  if (!version.ok) return version;

  const parsed = parseMessage('kiosk.handshake', auth);
  if (!parsed.ok) return parsed;
  const { kioskId, signedAt, signature, lastSeq } = parsed.value;

  const slot = await deps.store.findKiosk(kioskId);
  if (slot?.publicKey === null || slot?.publicKey === undefined) {
    return refuse('kiosk.unenrolled', 'This kiosk is not enrolled', 'kioskId');
  }
  if (slot.revokedAt !== null) {
    return refuse('kiosk.revoked', 'This kiosk key was revoked', 'kioskId');
  }

  const proof = kioskProofText(kioskId, signedAt);
  if (!isSignedBy(slot.publicKey, proof, signature)) {
    return refuse(
      'kiosk.bad_signature',
      'The signature does not verify',
      'signature',
    );
  }

  const nowMs = deps.now().getTime();
  const signedMs = Date.parse(signedAt);
  if (Math.abs(nowMs - signedMs) > HANDSHAKE_MAX_SKEW_MS) {
    return refuse(
      'kiosk.clock_skew',
      `signedAt is more than 5 minutes from central's ${new Date(nowMs).toISOString()}`,
      'signedAt',
    );
  }
  // Keyed by what was signed, not the signature's text, so that another
  // encoding of the same signature cannot slip past.
  if (!deps.replays.claim(proof, signedMs + HANDSHAKE_MAX_SKEW_MS, nowMs)) {
    return refuse('kiosk.replayed', 'This proof was already used', 'signature');
  }

  return ok({
    kioskId,
    publicKey: slot.publicKey,
    resumeAfter: Math.max(lastSeq, slot.streamStart),
  });
}

function isSignedBy(publicKey: string, proof: string, signature: string) {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(
      null,
      Buffer.from(proof, 'utf8'),
      key,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

function refuse(code: string, message: string, field: string) {
  return err(protocolError(code, message, field));
}
