import { createHash, randomBytes } from 'node:crypto';
import { text } from '@motcua/protocol';
import type { CentralContext } from '../context';

/** Bootstrap tokens given at boot live this long. */
export const BOOTSTRAP_TOKEN_TTL_MS = 60 * 60_000;

/** Where a kiosk will stand; the slot a token is bound to. */
export interface KioskSlotInput {
  readonly kioskId: string;
  readonly ward: string;
  readonly address: string;
}

export interface IssuedToken {
  /** Shown once to staff; central keeps only its SHA-256. */
  readonly token: string;
  readonly expiresAt: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Checks a slot against the same bounds as `kiosk.enrolled` carries. */
export function checkSlot(input: KioskSlotInput): string | undefined {
  if (!text(64, 1).safeParse(input.kioskId).success) return 'kioskId';
  if (!text(100, 1).safeParse(input.ward).success) return 'ward';
  if (!text(300).safeParse(input.address).success) return 'address';
  return undefined;
}

/** A fresh one-time token for a slot (created or updated). */
export async function issueEnrollmentToken(
  context: CentralContext,
  input: KioskSlotInput & { readonly ttlMs: number },
): Promise<IssuedToken> {
  const invalid = checkSlot(input);
  if (invalid !== undefined) throw new TypeError(`Invalid ${invalid}`);
  if (!Number.isFinite(input.ttlMs) || input.ttlMs <= 0) {
    throw new TypeError('ttlMs must be a positive number');
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(context.now().getTime() + input.ttlMs);
  await context.store.saveEnrollmentToken({
    tokenSha256: hashToken(token),
    kioskId: input.kioskId,
    ward: input.ward,
    address: input.address,
    expiresAt: expiresAt.toISOString(),
  });
  context.logger.log('enrollment-token-issued', 'success', {
    kioskId: input.kioskId,
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt: expiresAt.toISOString() };
}

/**
 * Registers a token chosen outside central (the start script), so that a
 * development kiosk enrolls without a manual step. Does nothing once the
 * kiosk is enrolled.
 */
export async function registerBootstrapToken(
  context: CentralContext,
  input: KioskSlotInput & { readonly token: string },
): Promise<void> {
  const invalid = checkSlot(input);
  if (invalid !== undefined) throw new TypeError(`Invalid ${invalid}`);
  if (input.token.length < 16 || input.token.length > 128) {
    throw new TypeError('A bootstrap token must be 16–128 characters');
  }

  const expiresAt = new Date(context.now().getTime() + BOOTSTRAP_TOKEN_TTL_MS);
  const registered = await context.store.saveBootstrapToken({
    tokenSha256: hashToken(input.token),
    kioskId: input.kioskId,
    ward: input.ward,
    address: input.address,
    expiresAt: expiresAt.toISOString(),
  });
  if (registered) {
    context.logger.log('enrollment-token-issued', 'success', {
      kioskId: input.kioskId,
      expiresAt: expiresAt.toISOString(),
      bootstrap: true,
    });
  }
}
