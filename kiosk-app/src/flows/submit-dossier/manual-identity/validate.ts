import type { Identity } from '@motcua/protocol';
import { checkIdNumber, identitySchema, provinceName } from '@motcua/protocol';
import { checkDate } from '../../../intake-checks';
import type { ManualDraft, ManualErrors, ManualField } from './types';

/** Letters (with any Vietnamese marks) and single spaces between words. */
const NAME = /^[\p{L}\p{M}]+( [\p{L}\p{M}]+)*$/u;
const NAME_MAX = 100;

/** Digits typed on the pad (`15031990`) → `1990-03-15`, unchecked. */
export function birthDateIso(digits: string): string {
  return `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
}

/** `15031990` → `15/03/1990`, partial input the same way. */
export function birthDateDisplay(digits: string): string {
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)]
    .filter((part) => part !== '')
    .join('/');
}

/** The name as the card prints it: NFC, upper case, single spaces. */
export function cleanName(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleUpperCase('vi');
}

function nameProblem(name: string): string | null {
  if (name === '') return 'required';
  if (Array.from(name).length > NAME_MAX) return 'tooLong';
  return NAME.test(name) ? null : 'characters';
}

function birthDateProblem(digits: string, today: string): string | null {
  if (digits === '') return 'required';
  if (!/^\d{8}$/.test(digits)) return 'incomplete';
  const problem = checkDate(birthDateIso(digits), 'past', today);
  switch (problem) {
    case null:
      return null;
    case 'date.future':
      return 'future';
    case 'date.tooOld':
      return 'tooOld';
    default:
      return 'invalid';
  }
}

/**
 * The ID number's own problems, then (when birth date and sex are fine)
 * whether its structure fits them: 4th digit century and sex, 5th–6th the
 * birth year (protocol's `checkIdNumber`).
 */
function idNumberProblem(
  idNumber: string,
  birth: string | null,
  sex: ManualDraft['sex'],
): string | null {
  if (idNumber === '') return 'required';
  if (!/^\d{12}$/.test(idNumber)) return 'length';
  if (provinceName(idNumber.slice(0, 3)) === undefined) return 'province';
  if (birth === null || sex === null) return null;
  const checked = checkIdNumber(idNumber, birth, sex);
  if (checked.ok) return null;
  switch (checked.error.code) {
    case 'id.century_sex':
      return 'centurySex';
    case 'id.birth_year':
      return 'birthYear';
    default:
      return 'invalid';
  }
}

const SCHEMA_FIELDS: Readonly<Record<string, ManualField>> = {
  idNumber: 'idNumber',
  fullName: 'fullName',
  dateOfBirth: 'birthDate',
  sex: 'sex',
};

export type ManualCheck =
  | { readonly ok: true; readonly identity: Identity }
  | { readonly ok: false; readonly errors: ManualErrors };

/**
 * Checks the hand-entered identity field by field, each problem under its
 * field; when all are fine, the identity as protocol's schema has it,
 * marked `source: 'manual'`. There is no address: the card's QR has one,
 * the form asks for it where a procedure needs it.
 */
export function checkManualIdentity(
  draft: ManualDraft,
  today: string,
): ManualCheck {
  const fullName = cleanName(draft.fullName);
  const birthProblem = birthDateProblem(draft.birthDate, today);
  const birth = birthProblem === null ? birthDateIso(draft.birthDate) : null;
  const found: Partial<Record<ManualField, string | null>> = {
    idNumber: idNumberProblem(draft.idNumber, birth, draft.sex),
    fullName: nameProblem(fullName),
    birthDate: birthProblem,
    sex: draft.sex === null ? 'required' : null,
  };
  const errors = Object.fromEntries(
    Object.entries(found).filter(([, code]) => code !== null),
  ) as ManualErrors;
  if (Object.keys(errors).length > 0 || birth === null || draft.sex === null) {
    return { ok: false, errors };
  }

  const parsed = identitySchema.safeParse({
    idNumber: draft.idNumber,
    fullName,
    dateOfBirth: birth,
    sex: draft.sex,
    address: '',
    source: 'manual',
  });
  if (parsed.success) return { ok: true, identity: parsed.data };
  const schemaErrors: Partial<Record<ManualField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = SCHEMA_FIELDS[String(issue.path[0])] ?? 'idNumber';
    schemaErrors[field] = 'invalid';
  }
  return { ok: false, errors: schemaErrors };
}
