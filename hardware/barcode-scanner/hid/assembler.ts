import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import { decodeScanText } from '../text';
import type { Scan, ScanError } from '../types';
import { scanError } from '../types';
import type { HidPosChunk } from './report';

export interface HidPosAssembler {
  /**
   * Adds one report's chunk. Returns the scan (or why it failed) once the
   * last chunk of a code is in, `undefined` while more are expected.
   */
  push(chunk: HidPosChunk): Result<Scan, ScanError> | undefined;
  /** Forgets a half-assembled code (device lost). True if there was one. */
  reset(): boolean;
}

export const hidAssemblyDefaults = { maxBytes: 4096 } as const;

/**
 * Joins the chunks of one code and decodes the whole: a UTF-8 letter may
 * be split across two reports, so text is decoded only at the end. The
 * symbology is the first report's.
 */
export function createHidPosAssembler(
  maxBytes: number = hidAssemblyDefaults.maxBytes,
): HidPosAssembler {
  let parts: Uint8Array[] = [];
  let total = 0;
  let symbology: string | undefined;
  let tooLong = false;

  const reset = (): boolean => {
    const had = parts.length > 0 || tooLong;
    parts = [];
    total = 0;
    symbology = undefined;
    tooLong = false;
    return had;
  };

  return {
    push(chunk) {
      if (parts.length === 0 && !tooLong) symbology = chunk.symbology;
      total += chunk.data.length;
      if (total > maxBytes) tooLong = true;
      else parts.push(chunk.data);
      if (chunk.more) return undefined;

      const wasTooLong = tooLong;
      const size = total;
      const found = symbology;
      const bytes = wasTooLong ? new Uint8Array(0) : join(parts, total);
      reset();

      if (size === 0) return undefined; // an empty report: nothing scanned
      if (wasTooLong) {
        return err(
          scanError(
            'frame_too_long',
            `A ${String(size)}-byte code passed ${String(maxBytes)} bytes`,
          ),
        );
      }
      const text = decodeScanText(bytes);
      if (!text.ok) return text;
      return ok(
        found === undefined
          ? { data: text.value }
          : { data: text.value, symbology: found },
      );
    },

    reset,
  };
}

function join(parts: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
