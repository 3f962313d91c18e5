import type { Identity, Sex } from '@motcua/protocol';

/** The fields of the hand-entry form, in screen order. */
export const MANUAL_FIELDS = [
  'idNumber',
  'fullName',
  'birthDate',
  'sex',
] as const;

export type ManualField = (typeof MANUAL_FIELDS)[number];

/**
 * What the resident has typed so far. `birthDate` holds the digits only
 * (ddMMyyyy); the screen shows them with slashes.
 */
export interface ManualDraft {
  readonly idNumber: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: Sex | null;
}

/**
 * Problems by field. Each value is a key under `manual.errors.<field>` in
 * the `app` namespace (e.g. `idNumber` → `birthYear`).
 */
export type ManualErrors = Readonly<Partial<Record<ManualField, string>>>;

export interface ManualIdentityContext {
  readonly draft: ManualDraft;
  readonly errors: ManualErrors;
  /** Today in Ho Chi Minh City (YYYY-MM-DD): birth dates stay before it. */
  readonly today: string;
}

export interface ManualIdentityInput {
  readonly today: string;
}

/** The identity the resident confirmed; the machine ends only with one. */
export interface ManualIdentityOutput {
  readonly identity: Identity;
}

/** What the resident does on the hand-entry form. */
export type ManualIdentityEvent =
  | { type: 'manual.change'; field: ManualField; value: string }
  | { type: 'manual.submit' };

export const EMPTY_DRAFT: ManualDraft = {
  idNumber: '',
  fullName: '',
  birthDate: '',
  sex: null,
};
