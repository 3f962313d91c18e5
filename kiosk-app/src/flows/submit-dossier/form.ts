import type { FormField, Identity, Procedure } from '@motcua/protocol';
import {
  checkDate,
  checkIdNumberFits,
  checkPhone,
  isRealDate,
  todayInHcmc,
} from '../../intake-checks';
import { findOption, HCMC_UNITS, PROVINCES } from '../../pick-lists';
import type { FieldErrors, FormValues } from './types';

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

/**
 * The error code (a key of the `errors` namespace) for one field, if any.
 * `today` (YYYY-MM-DD, Ho Chi Minh City) bounds the dates.
 */
export function validateField(
  field: FormField,
  raw: string | undefined,
  today: string = todayInHcmc(new Date()),
): string | null {
  const value = (raw ?? '').trim();
  if (value === '') {
    if (!field.required) return null;
    // Nothing to type on a pick-list: say "choose", not "fill in".
    return field.kind === 'province' || field.kind === 'ward'
      ? 'place.required'
      : 'required';
  }
  if (Array.from(value).length > field.maxLength) return 'too_long';

  switch (field.kind) {
    case 'phone':
      return checkPhone(value);
    case 'idNumber':
      return ID_NUMBER.test(value) ? null : 'id.format';
    case 'date':
      return checkDate(value, field.dateRange ?? 'past', today);
    case 'select':
      return isSexField(field) ||
        (field.options ?? []).some((option) => option.value === value)
        ? null
        : 'invalid_value';
    case 'province':
      return findOption(PROVINCES, value) === undefined
        ? 'place.unknown'
        : null;
    case 'ward':
      return findOption(HCMC_UNITS, value) === undefined
        ? 'place.unknown'
        : null;
    case 'text':
    case 'longText':
      return null;
    default:
      return assertNever(field.kind);
  }
}

/** The value of the first field that the card pre-fills with `prefill`. */
function valueOf(
  fields: readonly FormField[],
  values: FormValues,
  prefill: FormField['prefill'],
): string | undefined {
  const field = fields.find((f) => f.prefill === prefill);
  return field === undefined ? undefined : values[field.id];
}

export function validateForm(
  fields: readonly FormField[],
  values: FormValues,
  today: string = todayInHcmc(new Date()),
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const code = validateField(field, values[field.id], today);
    if (code !== null) errors[field.id] = code;
  }

  // The applicant's ID number must fit the birth date and sex beside it.
  const idField = fields.find((f) => f.prefill === 'idNumber');
  const idNumber = idField === undefined ? '' : (values[idField.id] ?? '');
  if (idField !== undefined && errors[idField.id] === undefined && idNumber) {
    const code = checkIdNumberFits(
      idNumber,
      valueOf(fields, values, 'dateOfBirth'),
      valueOf(fields, values, 'sex'),
    );
    if (code !== null) errors[idField.id] = code;
  }
  return errors;
}

/** Sex is chosen with two buttons and stored as `male` or `female`. */
export function isSexField(field: FormField): boolean {
  return field.prefill === 'sex' && (field.options ?? []).length === 0;
}

/**
 * Trimmed values of the procedure's own fields, ready for the wire; the
 * `withheld` ones (optional data without consent) stay behind.
 */
export function valuesToSend(
  fields: readonly FormField[],
  values: FormValues,
  withheld: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    if (withheld.includes(field.id)) continue;
    const value = (values[field.id] ?? '').trim();
    if (value !== '') out[field.id] = value.normalize('NFC');
  }
  return out;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}
