import type { KioskConfigView } from '../../src/views';

// The kiosk configuration form as text fields, and the change it sends.
// Central judges the values (`PUT /api/kiosks/:id/config`); the form only
// turns blanks into "back to the default" and numbers into numbers.

export const CONFIG_FIELDS = [
  'idleTimeoutSeconds',
  'retentionDays',
  'payee.bankBin',
  'payee.accountNumber',
  'payee.accountName',
] as const;
export type ConfigField = (typeof CONFIG_FIELDS)[number];

export type ConfigForm = Readonly<Record<ConfigField, string>>;

/** The form as staff last saved it: overrides, and the ward's payee. */
export function formOf(view: KioskConfigView): ConfigForm {
  const { overrides, config } = view;
  return {
    idleTimeoutSeconds: textOf(overrides.idleTimeoutSeconds),
    retentionDays: textOf(overrides.retentionDays),
    'payee.bankBin': config.payee?.bankBin ?? '',
    'payee.accountNumber': config.payee?.accountNumber ?? '',
    'payee.accountName': config.payee?.accountName ?? '',
  };
}

function textOf(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A typed number, or the text itself for central to refuse. */
function numberOf(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/**
 * The body of the PUT: only the keys that differ from `saved`. A payee
 * with every field blank is null (no account from central); a payee with
 * some fields blank is sent as typed, for central to name the missing one.
 */
export function changeOf(
  saved: ConfigForm,
  form: ConfigForm,
): Record<string, unknown> {
  const change: Record<string, unknown> = {};
  for (const key of ['idleTimeoutSeconds', 'retentionDays'] as const) {
    if (form[key].trim() !== saved[key].trim()) {
      change[key] = numberOf(form[key]);
    }
  }
  const payeeKeys = [
    'payee.bankBin',
    'payee.accountNumber',
    'payee.accountName',
  ] as const;
  const payeeChanged = payeeKeys.some(
    (key) => form[key].trim() !== saved[key].trim(),
  );
  if (payeeChanged) {
    const values = payeeKeys.map((key) => form[key].normalize('NFC').trim());
    const [bankBin = '', accountNumber = '', accountName = ''] = values;
    change['payee'] = values.every((value) => value === '')
      ? null
      : { bankBin, accountNumber, accountName };
  }
  return change;
}

/** The form field an API error names, when it is one of ours. */
export function fieldOf(apiField: string | undefined): ConfigField | undefined {
  return CONFIG_FIELDS.find((field) => field === apiField);
}
