/** One backend option as `scanimage -d DEVICE -A` describes it. */
export interface SaneOption {
  /** As typed on the command line: `--mode`, `-x`. */
  readonly name: string;
  /** Allowed values when the backend gives a list, unit removed. */
  readonly values?: readonly string[];
  /** Allowed bounds when the backend gives a range. */
  readonly range?: { readonly min: number; readonly max: number };
  readonly unit: string;
  /** The value in brackets: current value, or `inactive`. */
  readonly current: string;
}

export type SaneOptions = ReadonlyMap<string, SaneOption>;

// `    --name[=(yes|no)] CONSTRAINT [current]`; the constraint is optional.
const optionLine =
  /^\s+(--?[A-Za-z][\w-]*)(?:\[=\(([^)]*)\)\])?(?:\s+(.*?))?\s+\[([^\]]*)\]\s*$/;
const rangeText =
  /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)([a-z%]*)(?:,\.\.\.)?(?:\s+\(in steps of [^)]*\))?$/;
const numberWithUnit = /^(-?\d+(?:\.\d+)?)(dpi|mm|pel|bit|us|%)$/;

/**
 * Reads the device-specific option list that `scanimage -A` prints. Lines
 * that are descriptions, group titles or options without a value are
 * skipped; the parser never throws on unfamiliar text.
 */
export function parseSaneOptions(text: string): SaneOptions {
  const options = new Map<string, SaneOption>();
  for (const line of text.split('\n')) {
    const match = optionLine.exec(line);
    if (match === null) continue;
    const [, name = '', boolValues, constraint, current = ''] = match;
    if (boolValues !== undefined) {
      const values = boolValues.split('|');
      options.set(name, { name, values, unit: '', current });
      continue;
    }
    options.set(name, { name, current, ...parseConstraint(constraint ?? '') });
  }
  return options;
}

function parseConstraint(
  text: string,
): Pick<SaneOption, 'values' | 'range' | 'unit'> {
  const range = rangeText.exec(text);
  if (range !== null) {
    const [, min = '', max = '', unit = ''] = range;
    return { range: { min: Number(min), max: Number(max) }, unit };
  }
  if (text === '' || text.startsWith('<')) return { unit: '' };

  // A list; a numeric list carries its unit on the last entry only.
  const values = text.split('|');
  const last = values[values.length - 1] ?? '';
  const numeric = numberWithUnit.exec(last);
  if (numeric !== null) {
    values[values.length - 1] = numeric[1] ?? last;
    return { values, unit: numeric[2] ?? '' };
  }
  return { values, unit: '' };
}

/** Whether a numeric value is allowed by the option's list or range. */
export function allowsNumber(option: SaneOption, value: number): boolean {
  if (option.range !== undefined) {
    return value >= option.range.min && value <= option.range.max;
  }
  return (option.values ?? []).some((entry) => Number(entry) === value);
}

/** Describes what an option accepts, for a refusal message. */
export function describeAllowed(option: SaneOption | undefined): string {
  if (option === undefined) return 'the device has no such option';
  if (option.range !== undefined) {
    const { min, max } = option.range;
    return `the device accepts ${min}..${max}${option.unit}`;
  }
  const values = option.values ?? [];
  return values.length > 0
    ? `the device accepts ${values.join(', ')}`
    : 'the device does not say what it accepts';
}
