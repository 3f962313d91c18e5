import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { ScanError } from './types';
import { scanError } from './types';

/**
 * C0 controls that real codes carry: HT, and the ISO/IEC 15434 and GS1
 * separators EOT, FS, GS, RS. Anything else below 0x20 (NUL above all) or
 * DEL is line noise.
 */
const ALLOWED_CONTROLS = new Set([0x04, 0x09, 0x1c, 0x1d, 0x1e]);

/**
 * Bytes of one frame to NFC text, or a coded error. Invalid UTF-8 is an
 * error rather than U+FFFD: a code with a replaced character is a wrong
 * code, and the resident should scan again.
 */
export function decodeScanText(bytes: Uint8Array): Result<string, ScanError> {
  for (const byte of bytes) {
    if ((byte < 0x20 && !ALLOWED_CONTROLS.has(byte)) || byte === 0x7f) {
      return err(
        scanError(
          'control_characters',
          `A ${String(bytes.length)}-byte frame holds control byte ` +
            `0x${byte.toString(16).padStart(2, '0')}`,
        ),
      );
    }
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes,
    );
  } catch {
    return err(
      scanError(
        'invalid_utf8',
        `A ${String(bytes.length)}-byte frame is not valid UTF-8`,
      ),
    );
  }
  return ok(text.normalize('NFC'));
}

/** `]` + symbology letter + modifier, as ISO/IEC 15424 defines them. */
const AIM_IDENTIFIER = /^\][A-Za-z][0-9A-Za-z]/;

/** Splits a leading AIM identifier off decoded text, when there is one. */
export function splitAimIdentifier(text: string): {
  data: string;
  symbology?: string;
} {
  const match = AIM_IDENTIFIER.exec(text);
  if (!match) return { data: text };
  return { data: text.slice(3), symbology: match[0] };
}
