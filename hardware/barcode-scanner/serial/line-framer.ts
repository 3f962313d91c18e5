import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { Scheduler } from '../scheduler';
import { globalScheduler } from '../scheduler';
import { decodeScanText, splitAimIdentifier } from '../text';
import type { Scan, ScanError } from '../types';
import { scanError } from '../types';

/** What ends a frame on the line; the scanner's "suffix" setting. */
export type FrameSuffix = '\r\n' | '\r' | '\n' | Uint8Array;

export interface LineFramingOptions {
  /** `null` when the scanner sends no suffix: only the timeout ends a frame. */
  readonly suffix: FrameSuffix | null;
  /**
   * Silence after the last byte that ends a frame. `0` turns it off; it
   * must then be on the suffix alone.
   */
  readonly interByteTimeoutMs?: number;
  /**
   * When a suffix is configured and the timeout ends a frame first, deliver
   * what came (`true`, the default) or drop it as `incomplete_frame`.
   */
  readonly timeoutEndsFrame?: boolean;
  /** Bytes before the suffix, prefix included. Longer frames are dropped. */
  readonly maxFrameBytes?: number;
  /** A prefix the scanner is set to send; frames without it are refused. */
  readonly prefix?: string | Uint8Array;
  /** Split a leading AIM identifier (`]Q1`) off into `symbology`. */
  readonly aimIdentifier?: boolean;
}

export const lineFramingDefaults = {
  interByteTimeoutMs: 50,
  timeoutEndsFrame: true,
  maxFrameBytes: 4096,
  aimIdentifier: true,
} as const;

export type FrameResult = Result<Scan, ScanError>;

export interface LineFramer {
  /** Feeds bytes as they came off the line; results go to the listener. */
  push(chunk: Uint8Array): void;
  /** Drops a partial frame (link lost); reports it if any bytes were held. */
  interrupt(): void;
  /** Stops the timer; later pushes are ignored. */
  dispose(): void;
}

const encoder = new TextEncoder();

function suffixBytes(suffix: FrameSuffix | null): Uint8Array {
  if (suffix === null) return new Uint8Array(0);
  return typeof suffix === 'string' ? encoder.encode(suffix) : suffix;
}

/**
 * Turns a scanner's byte stream into scans. A frame ends at the suffix or
 * after `interByteTimeoutMs` of silence. Frame errors are reported and the
 * framer carries on with the next byte, so noise costs only itself.
 */
export function createLineFramer(
  options: LineFramingOptions & { readonly scheduler?: Scheduler },
  onResult: (result: FrameResult) => void,
): LineFramer {
  const suffix = suffixBytes(options.suffix);
  const prefix =
    typeof options.prefix === 'string'
      ? encoder.encode(options.prefix)
      : (options.prefix ?? new Uint8Array(0));
  const timeoutMs =
    options.interByteTimeoutMs ?? lineFramingDefaults.interByteTimeoutMs;
  const timeoutEndsFrame =
    options.timeoutEndsFrame ?? lineFramingDefaults.timeoutEndsFrame;
  const maxBytes = options.maxFrameBytes ?? lineFramingDefaults.maxFrameBytes;
  const aim = options.aimIdentifier ?? lineFramingDefaults.aimIdentifier;
  const scheduler = options.scheduler ?? globalScheduler;
  checkOptions(suffix, timeoutMs, maxBytes);

  // The frame so far, suffix bytes included while they are only a maybe.
  let frame = new Uint8Array(maxBytes + suffix.length + 1);
  let length = 0;
  // Past maxBytes: bytes are dropped, not kept, until the frame ends.
  let dropping = false;
  let timer: unknown;
  let disposed = false;

  function endsWithSuffix(): boolean {
    if (suffix.length === 0 || length < suffix.length) return false;
    for (let i = 0; i < suffix.length; i++) {
      if (frame[length - suffix.length + i] !== suffix[i]) return false;
    }
    return true;
  }

  function complete(bodyLength: number): void {
    const body = frame.slice(0, bodyLength);
    length = 0;
    if (bodyLength === 0) return; // a bare suffix: nothing was scanned
    onResult(toScan(body, prefix, aim));
  }

  function push(byte: number): void {
    if (dropping) {
      // Keep only enough to see the suffix go by.
      if (suffix.length === 0) return;
      if (length === suffix.length) {
        frame.copyWithin(0, 1, length);
        length--;
      }
      frame[length++] = byte;
      if (endsWithSuffix()) {
        length = 0;
        dropping = false;
      }
      return;
    }

    frame[length++] = byte;
    if (endsWithSuffix()) {
      complete(length - suffix.length);
      return;
    }
    if (length > maxBytes + Math.max(0, suffix.length - 1)) {
      onResult(
        err(
          scanError(
            'frame_too_long',
            `A frame passed ${String(maxBytes)} bytes; dropped to its end`,
          ),
        ),
      );
      dropping = true;
      // Keep the tail: it may be the start of the suffix.
      const keep = Math.max(0, suffix.length - 1);
      frame.copyWithin(0, length - keep, length);
      length = keep;
    }
  }

  function onSilence(): void {
    timer = undefined;
    if (dropping) {
      length = 0;
      dropping = false;
      return;
    }
    if (length === 0) return;
    if (suffix.length > 0 && !timeoutEndsFrame) {
      onResult(
        err(
          scanError(
            'incomplete_frame',
            `${String(length)} bytes came without the suffix before ` +
              `${String(timeoutMs)} ms of silence`,
          ),
        ),
      );
      length = 0;
      return;
    }
    complete(length);
  }

  return {
    push(chunk) {
      for (const byte of chunk) {
        // A listener may have closed the scanner in the middle of a chunk.
        if (disposed) return;
        push(byte);
      }

      if (timeoutMs <= 0) return;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer =
        length > 0 || dropping
          ? scheduler.setTimeout(onSilence, timeoutMs)
          : undefined;
    },

    interrupt() {
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      if (length > 0 && !dropping) {
        onResult(
          err(
            scanError(
              'frame_interrupted',
              `The link dropped with ${String(length)} bytes of a frame`,
            ),
          ),
        );
      }
      length = 0;
      dropping = false;
    },

    dispose() {
      disposed = true;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      frame = new Uint8Array(0);
      length = 0;
    },
  };
}

function toScan(
  body: Uint8Array,
  prefix: Uint8Array,
  aim: boolean,
): FrameResult {
  if (prefix.length > 0) {
    const hasPrefix =
      body.length >= prefix.length &&
      prefix.every((byte, i) => body[i] === byte);
    if (!hasPrefix) {
      return err(
        scanError(
          'missing_prefix',
          `A ${String(body.length)}-byte frame lacks the configured prefix`,
        ),
      );
    }
  }

  const text = decodeScanText(body.subarray(prefix.length));
  if (!text.ok) return text;
  return ok(aim ? splitAimIdentifier(text.value) : { data: text.value });
}

// Bad options are a bug in the caller's configuration: throw, naming it.
function checkOptions(
  suffix: Uint8Array,
  timeoutMs: number,
  maxBytes: number,
): void {
  if (suffix.length === 0 && !(timeoutMs > 0)) {
    throw new RangeError(
      'interByteTimeoutMs must be positive when suffix is null',
    );
  }
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new RangeError('maxFrameBytes must be a positive integer');
  }
  if (!(timeoutMs >= 0)) {
    throw new RangeError('interByteTimeoutMs must be 0 or more');
  }
}
