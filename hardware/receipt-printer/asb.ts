import type { PrinterStatus, Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { StatusFlags } from './status';
import { emptyFlags, isAsbHeader, statusFromFlags } from './status';
import type { PrinterError } from './types';
import { printerError } from './types';

/** Length of an Automatic Status Back block. */
export const ASB_LENGTH = 4;

/**
 * `GS a n` bits: 1 online/offline changes, 2 errors, 3 roll paper sensor.
 * Bit 0 (drawer) is left out: the kiosk has no cash drawer.
 */
export const ASB_DEFAULT_MASK = 0b1110;

/** Bytes 2–4 of an ASB block have bits 4 and 7 fixed to 0. */
export function isAsbFollower(byte: number): boolean {
  return (byte & 0x90) === 0x00;
}

const bit = (byte: number, n: number) => (byte & (1 << n)) !== 0;

/**
 * Reads one ASB block (Epson layout). Byte 1: drawer, offline, cover open,
 * feed button. Byte 2: waiting for recovery, feed button, recoverable,
 * autocutter, unrecoverable and auto-recoverable errors. Byte 3: roll
 * near end (bits 0+1), roll end (bits 2+3). Byte 4: nothing we use.
 */
export function flagsFromAsb(
  block: ArrayLike<number>,
): Result<StatusFlags, PrinterError> {
  const [first, second, third, fourth] = [0, 1, 2, 3].map((i) => block[i]);
  if (
    block.length !== ASB_LENGTH ||
    first === undefined ||
    second === undefined ||
    third === undefined ||
    fourth === undefined
  ) {
    return err(printerError('error', 'An ASB block is 4 bytes'));
  }
  const followersValid = [second, third, fourth].every(
    (byte) => Number.isInteger(byte) && byte >= 0 && byte <= 0xff,
  );
  if (
    !Number.isInteger(first) ||
    !isAsbHeader(first) ||
    !followersValid ||
    ![second, third, fourth].every(isAsbFollower)
  ) {
    return err(printerError('error', 'Bytes do not form an ASB block'));
  }

  return ok({
    ...emptyFlags(),
    drawerHigh: bit(first, 2),
    offline: bit(first, 3),
    coverOpen: bit(first, 5),
    feedButton: bit(first, 6) || bit(second, 1),
    waitingForRecovery: bit(second, 0),
    recoverableError: bit(second, 2),
    cutterError: bit(second, 3),
    unrecoverableError: bit(second, 5),
    autoRecoverableError: bit(second, 6),
    paperNearEnd: (third & 0x03) === 0x03,
    paperEnd: (third & 0x0c) === 0x0c,
  });
}

/** One ASB block as a state, with the same precedence as `DLE EOT`. */
export function statusFromAsb(
  block: ArrayLike<number>,
  at: Date,
): Result<PrinterStatus, PrinterError> {
  const flags = flagsFromAsb(block);
  return flags.ok ? ok(statusFromFlags(flags.value, at)) : flags;
}
