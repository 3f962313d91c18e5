import type { FormField, Identity, Procedure } from '@motcua/protocol';
import type { FieldErrors, FormValues } from './types';

/** Vietnamese mobile numbers: 10 digits, with a mobile network prefix. */
export const PHONE_PATTERN = /^0(3|5|7|8|9)\d{8}$/;

const ID_NUMBER = /^\d{12}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function findProcedure(
  procedures: readonly Procedure[],
  procedureId: string | null,
): Procedure | undefined {
  return procedures.find((procedure) => procedure.id === procedureId);
}

/** The values a form starts with: whatever the card already told us. */
export function prefillValues(
  fields: readonly FormField[],
  identity: Identity | null,
): FormValues {
  const values: Record<string, string> = {};
  for (const field of fields) {
    if (field.prefill === undefined || identity === null) continue;
    values[field.id] = identity[field.prefill];
  }
  return values;
}

/** Keeps what the resident already entered for fields of the same id. */
export function mergeValues(
  prefilled: FormValues,
  previous: FormValues,
): FormValues {
  return { ...prefilled, ...previous };
}

/** `1990-03-15` → `15/03/1990`; anything else is returned as typed. */
export function toDisplayDate(value: string): string {
  const match = ISO_DATE.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

/**
 * `15/03/1990` → `1990-03-15` when it is a real calendar date. Otherwise the
 * text is kept as typed, and validation reports it.
 */
export function fromDisplayDate(text: string): string {
  const match = DISPLAY_DATE.exec(text.trim());
  if (match === null) return text;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : text;
}

function isRealDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** The error code (a key of the `errors` namespace) for one field, if any. */
export function validateField(
  field: FormField,
  raw: string | undefined,
): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return field.required ? 'required' : null;
  if (Array.from(value).length > field.maxLength) return 'too_long';

  switch (field.kind) {
    case 'phone':
      return PHONE_PATTERN.test(value) ? null : 'phone.format';
    case 'idNumber':
      return ID_NUMBER.test(value) ? null : 'id.format';
    case 'date':
      return isRealDate(value) ? null : 'date.invalid';
    case 'select':
      return isSexField(field) ||
        (field.options ?? []).some((option) => option.value === value)
        ? null
        : 'invalid_value';
    case 'text':
    case 'longText':
      return null;
    default:
      return assertNever(field.kind);
  }
}

export function validateForm(
  fields: readonly FormField[],
  values: FormValues,
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const code = validateField(field, values[field.id]);
    if (code !== null) errors[field.id] = code;
  }
  return errors;
}

/** Sex is chosen with two buttons and stored as `male` or `female`. */
export function isSexField(field: FormField): boolean {
  return field.prefill === 'sex' && (field.options ?? []).length === 0;
}

/** Trimmed values of the procedure's own fields, ready for the wire. */
export function valuesToSend(
  fields: readonly FormField[],
  values: FormValues,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.id] ?? '').trim();
    if (value !== '') out[field.id] = value.normalize('NFC');
  }
  return out;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}
