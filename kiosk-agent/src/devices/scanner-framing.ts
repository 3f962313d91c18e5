import type {
  FrameSuffix,
  LineFramingOptions,
} from '@motcua/hardware/barcode-scanner';
import type { ProtocolError, Result } from '@motcua/protocol';
import { err, ok, protocolError } from '@motcua/protocol';

/** Names a technician writes in `MOTCUA_SCANNER_SUFFIX`. */
const SUFFIXES: Readonly<Record<string, FrameSuffix | null>> = {
  crlf: '\r\n',
  cr: '\r',
  lf: '\n',
  none: null,
};

/** Most USB-COM scanners ship set to end each code with CR LF. */
export const DEFAULT_SCANNER_SUFFIX = 'crlf';

/** Line framing of a serial scanner from its suffix setting. */
export function scannerFraming(
  setting: string | undefined,
): Result<LineFramingOptions, ProtocolError> {
  const name = setting ?? DEFAULT_SCANNER_SUFFIX;
  const suffix = Object.hasOwn(SUFFIXES, name) ? SUFFIXES[name] : undefined;
  if (suffix === undefined) {
    return err(
      protocolError(
        'scanner_suffix_invalid',
        `MOTCUA_SCANNER_SUFFIX must be one of ${Object.keys(SUFFIXES).join(', ')}, not ${name}`,
        'MOTCUA_SCANNER_SUFFIX',
      ),
    );
  }
  return ok({ suffix });
}
