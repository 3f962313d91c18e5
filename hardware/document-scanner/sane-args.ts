import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { SaneOption, SaneOptions } from './sane-options';
import { allowsNumber, describeAllowed } from './sane-options';
import type { ScanError, ScanMode, ScanRequest, ScanSource } from './types';
import { invalidRequest, pageSizesMm } from './types';

/** Flatbeds are often a hair short of 297 mm; this much is clipped. */
const geometryToleranceMm = 2;

// Backends name the same thing differently; the first pattern that matches
// one of the device's values wins, so exact names come first.
const modePatterns: Record<ScanMode, readonly RegExp[]> = {
  color: [/^colou?r$/i, /colou?r/i],
  gray: [/^gr[ae]y(scale)?$/i, /gr[ae]y/i],
  lineart: [/^line ?art$/i, /^binary$/i, /black ?(&|and) ?white/i, /^bw$/i],
};
const sourcePatterns: Record<ScanSource, readonly RegExp[]> = {
  flatbed: [/^flatbed$/i, /flatbed|platen/i],
  adf: [
    /^(adf|automatic document feeder)$/i,
    /^(?!.*(duplex|back|rear)).*(adf|feeder)/i,
  ],
  adfDuplex: [/^(adf )?duplex$/i, /duplex/i],
};

/**
 * Turns a request into scanimage options for one device, using the
 * device's own option list. Anything the device cannot do is refused with
 * `invalidRequest` naming the scanimage option, before anything is scanned.
 */
export function buildScanArgs(
  request: ScanRequest,
  options: SaneOptions,
): Result<string[], ScanError> {
  const args: string[] = [];

  // Source first: on many backends it changes the geometry that follows.
  const sourceOption = options.get('--source');
  if (sourceOption === undefined) {
    if (request.source !== 'flatbed') {
      return err(refuse('--source', request.source, sourceOption));
    }
  } else {
    const source = pick(sourceOption, sourcePatterns[request.source]);
    if (source === undefined) {
      return err(refuse('--source', request.source, sourceOption));
    }
    args.push('--source', source);
  }

  const modeArgs = modeArgsFor(request.mode, options);
  if (!modeArgs.ok) return modeArgs;
  args.push(...modeArgs.value);

  const resolution = options.get('--resolution');
  if (
    resolution === undefined ||
    !allowsNumber(resolution, request.resolution)
  ) {
    return err(refuse('--resolution', `${request.resolution}`, resolution));
  }
  args.push('--resolution', `${request.resolution}`);

  const page = pageSizesMm[request.pageSize];
  for (const [name, wanted] of [
    ['-x', page.width],
    ['-y', page.height],
  ] as const) {
    const max = options.get(name)?.range?.max;
    if (max === undefined || max < wanted - geometryToleranceMm) {
      return err(refuse(name, `${wanted}mm`, options.get(name)));
    }
    args.push(name, `${Math.min(wanted, max)}`);
  }

  // Sheet-fed backends (fujitsu, canon_dr, epjitsu) also want the paper size.
  if (options.has('--page-width') && options.has('--page-height')) {
    args.push('--page-width', `${page.width}`);
    args.push('--page-height', `${page.height}`);
  }

  return ok(args);
}

function modeArgsFor(
  mode: ScanMode,
  options: SaneOptions,
): Result<string[], ScanError> {
  const modeOption = options.get('--mode');
  const depth = options.get('--depth');
  const chosen = modeOption && pick(modeOption, modePatterns[mode]);
  if (chosen !== undefined) {
    const eightBit = mode !== 'lineart' && depth?.values?.includes('8');
    return ok(['--mode', chosen, ...(eightBit ? ['--depth', '8'] : [])]);
  }

  // No line-art mode: one-bit gray is the same picture (SANE test backend).
  const gray = modeOption && pick(modeOption, modePatterns.gray);
  if (mode === 'lineart' && gray !== undefined && allowsDepthOne(depth)) {
    return ok(['--mode', gray, '--depth', '1']);
  }
  return err(refuse('--mode', mode, modeOption));
}

function allowsDepthOne(depth: SaneOption | undefined): boolean {
  return depth !== undefined && allowsNumber(depth, 1);
}

function pick(
  option: SaneOption,
  patterns: readonly RegExp[],
): string | undefined {
  const values = option.values ?? [];
  for (const pattern of patterns) {
    const found = values.find((value) => pattern.test(value));
    if (found !== undefined) return found;
  }
  return undefined;
}

function refuse(
  name: string,
  wanted: string,
  option: SaneOption | undefined,
): ScanError {
  return invalidRequest(
    name,
    `${name} cannot be ${wanted}: ${describeAllowed(option)}`,
  );
}
