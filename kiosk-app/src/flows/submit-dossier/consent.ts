import type { FormField } from '@motcua/protocol';
import type { FormValues } from './types';

/**
 * Optional personal data: what the resident may give but the procedure does
 * not need, such as a phone number for SMS updates. Under the Personal Data
 * Protection Law 91/2025/QH15 (which replaced Decree 13/2023/ND-CP on
 * 1/1/2026) it is processed only with explicit consent for that purpose;
 * the data the procedure requires is processed under the ward's legal duty.
 */
export function optionalDataFields(
  fields: readonly FormField[],
  values: FormValues,
): FormField[] {
  return fields.filter(
    (field) =>
      !field.required &&
      field.kind === 'phone' &&
      (values[field.id] ?? '').trim() !== '',
  );
}

/** Field ids whose values stay on the kiosk without consent. */
export function withheldFieldIds(
  fields: readonly FormField[],
  values: FormValues,
  consent: 'given' | 'refused' | null,
): string[] {
  if (consent === 'given') return [];
  return optionalDataFields(fields, values).map((field) => field.id);
}
