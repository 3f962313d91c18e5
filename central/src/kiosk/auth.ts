import { createHash, timingSafeEqual } from 'node:crypto';
import type { ProtocolError, Result } from '@motcua/protocol';
import { checkProtocolVersion, err, ok, protocolError } from '@motcua/protocol';
import type { KioskCredential } from '../context';

/**
 * The development kiosk, enough to run everything on one machine.
 *
 * TODO(enrollment): replace shared tokens with one-time enrollment tokens and
 * an Ed25519 key per kiosk that proves itself on every connect (DESIGN.md,
 * "Identity and security"); until then a leaked token lets anyone deliver.
 */
export const DEV_KIOSK: KioskCredential = {
  id: 'KIOSK-DEV-01',
  token: 'dev-kiosk-token',
};

/** Checks a `/kiosk` handshake and says which kiosk it is. */
export function authenticateKiosk(
  auth: unknown,
  kiosks: readonly KioskCredential[],
): Result<string, ProtocolError> {
  const fields = (typeof auth === 'object' && auth !== null ? auth : {}) as {
    kioskId?: unknown;
    token?: unknown;
    protocolVersion?: unknown;
  };

  const version = checkProtocolVersion(fields.protocolVersion);
  if (!version.ok) return version;

  const { kioskId, token } = fields;
  const known =
    typeof kioskId === 'string'
      ? kiosks.find((kiosk) => kiosk.id === kioskId)
      : undefined;
  // Unknown kiosk and wrong token get the same answer, so that the refusal
  // does not tell a caller which kiosk ids exist.
  if (
    known === undefined ||
    typeof token !== 'string' ||
    !sameSecret(token, known.token)
  ) {
    return err(
      protocolError(
        'kiosk.unauthorized',
        'Unknown kiosk or wrong token',
        'token',
      ),
    );
  }
  return ok(known.id);
}

// Compares digests so that neither length nor content leaks through timing.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
