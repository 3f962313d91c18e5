import type { PrinterStatus, Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { PrinterError } from './types';
import { printerError } from './types';

/** `DLE EOT n`: the real-time status request, n = 1..4. */
export type StatusRequest = 1 | 2 | 3 | 4;
export const STATUS_REQUESTS: readonly StatusRequest[] = [1, 2, 3, 4];

export function statusRequestBytes(n: StatusRequest): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/** Epson "Transmission Status Identification": bits 0, 1, 4 and 7. */
export function isRealTimeReply(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/** The first of the 4 bytes an Automatic Status Back block is made of. */
export function isAsbHeader(byte: number): boolean {
  return (byte & 0x93) === 0x10;
}

/** What the four replies say, one flag per documented bit. */
export interface StatusFlags {
  drawerHigh: boolean;
  offline: boolean;
  waitingForRecovery: boolean;
  feedButton: boolean;
  coverOpen: boolean;
  feeding: boolean;
  stoppedForPaper: boolean;
  errorOccurred: boolean;
  recoverableError: boolean;
  cutterError: boolean;
  unrecoverableError: boolean;
  autoRecoverableError: boolean;
  paperNearEnd: boolean;
  paperEnd: boolean;
}

export function emptyFlags(): StatusFlags {
  return {
    drawerHigh: false,
    offline: false,
    waitingForRecovery: false,
    feedButton: false,
    coverOpen: false,
    feeding: false,
    stoppedForPaper: false,
    errorOccurred: false,
    recoverableError: false,
    cutterError: false,
    unrecoverableError: false,
    autoRecoverableError: false,
    paperNearEnd: false,
    paperEnd: false,
  };
}

const bit = (byte: number, n: number) => (byte & (1 << n)) !== 0;

/** Reads the one-byte reply to `DLE EOT n` into `flags`. */
export function readStatusReply(
  n: StatusRequest,
  byte: number,
  flags: StatusFlags,
): Result<StatusFlags, PrinterError> {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) {
    return err(
      printerError('error', `Status reply ${String(byte)} not a byte`),
    );
  }
  if (!isRealTimeReply(byte)) {
    return err(
      printerError('error', `Byte 0x${byte.toString(16)} is no status reply`),
    );
  }

  switch (n) {
    case 1:
      return ok({
        ...flags,
        drawerHigh: bit(byte, 2),
        offline: bit(byte, 3),
        waitingForRecovery: bit(byte, 5),
        feedButton: bit(byte, 6),
      });
    case 2:
      return ok({
        ...flags,
        coverOpen: bit(byte, 2),
        feeding: bit(byte, 3),
        stoppedForPaper: bit(byte, 5),
        errorOccurred: bit(byte, 6),
      });
    case 3:
      return ok({
        ...flags,
        recoverableError: bit(byte, 2),
        cutterError: bit(byte, 3),
        unrecoverableError: bit(byte, 5),
        autoRecoverableError: bit(byte, 6),
      });
    case 4:
      return ok({
        ...flags,
        paperNearEnd: (byte & 0x0c) === 0x0c,
        paperEnd: (byte & 0x60) === 0x60,
      });
    default: {
      const unreachable: never = n;
      return err(printerError('error', `No request ${String(unreachable)}`));
    }
  }
}

function errorDetail(flags: StatusFlags): string | undefined {
  const causes = [
    flags.cutterError && 'autocutter error',
    flags.unrecoverableError && 'unrecoverable error',
    flags.recoverableError && 'recoverable error',
    flags.autoRecoverableError && 'auto-recoverable error',
    flags.errorOccurred && 'error',
  ].filter((cause): cause is string => typeof cause === 'string');
  if (causes.length > 0) return causes.join(', ');
  if (flags.offline) return 'offline';
  return undefined;
}

/**
 * One state from all flags. Precedence: coverOpen > paperOut > error >
 * paperNearEnd > ready (`disconnected` is decided by the transport).
 */
export function statusFromFlags(flags: StatusFlags, at: Date): PrinterStatus {
  const when = at.toISOString();
  if (flags.coverOpen) return { state: 'coverOpen', at: when };
  if (flags.paperEnd || flags.stoppedForPaper) {
    return { state: 'paperOut', at: when };
  }
  const detail = errorDetail(flags);
  if (detail !== undefined) return { state: 'error', at: when, detail };
  if (flags.paperNearEnd) return { state: 'paperNearEnd', at: when };
  return { state: 'ready', at: when };
}

/** The four replies to `DLE EOT 1..4`, in that order, as one state. */
export function statusFromReplies(
  replies: ArrayLike<number>,
  at: Date,
): Result<PrinterStatus, PrinterError> {
  if (replies.length !== 4) {
    return err(printerError('error', 'Expected 4 status replies'));
  }
  let flags = emptyFlags();
  for (const n of STATUS_REQUESTS) {
    const read = readStatusReply(n, replies[n - 1] ?? -1, flags);
    if (!read.ok) return read;
    flags = read.value;
  }
  return ok(statusFromFlags(flags, at));
}
