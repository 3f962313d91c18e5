import type { Identity } from '@motcua/protocol';
import { checkIdNumber, err, identitySchema, ok } from '@motcua/protocol';
import { mrzInformation } from './bac-keys';
import type { ChipAccess, ChipResult, Dg13, Mrz } from './types';
import { chipError } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const CARD_DATE = /^(\d{2})\/?(\d{2})\/?(\d{4})$/;

/** `1990-03-15` → `900315`; null when not an ISO date. */
function yymmdd(iso: string): string | null {
  const match = ISO.exec(iso);
  return match === null ? null : iso.slice(2).replace(/-/g, '');
}

/**
 * The BAC key input for a CCCD: the document number is the last 9 digits
 * of the 12-digit ID (hardware.md §4, an inference from a public reader;
 * TODO(cccd-document-number): confirm on a real card), then birth and
 * expiry as YYMMDD, each with its check digit.
 */
export function cccdMrzInformation(access: ChipAccess): ChipResult<string> {
  const birth = yymmdd(access.dateOfBirth);
  const expiry = yymmdd(access.dateOfExpiry);
  if (!/^\d{12}$/.test(access.idNumber) || birth === null || expiry === null) {
    return err(
      chipError(
        'chip.access_invalid',
        'BAC needs a 12-digit ID number and ISO birth and expiry dates',
      ),
    );
  }
  const info = mrzInformation(access.idNumber.slice(3), birth, expiry);
  return info === null
    ? err(chipError('chip.access_invalid', 'access data outside the MRZ set'))
    : ok(info);
}

/** `15/03/1990` (or `15031990`) → `1990-03-15`; undefined otherwise. */
export function cardDate(text: string | undefined): string | undefined {
  const match = CARD_DATE.exec(text?.trim() ?? '');
  if (match === null) return undefined;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month}-${day}`;
}

function sexOf(dg13: Dg13, mrz: Mrz): 'male' | 'female' | null {
  const text = (dg13.sex ?? '').normalize('NFC').trim().toLowerCase();
  if (text === 'nam') return 'male';
  if (text === 'nữ' || text === 'nu') return 'female';
  if (mrz.sex === 'M') return 'male';
  if (mrz.sex === 'F') return 'female';
  return null;
}

const invalid = (message: string) =>
  err(chipError('chip.dg13_invalid', message));

/**
 * The resident's identity from DG13 (name with diacritics, residence),
 * cross-checked with DG1's birth date and with the ID number's structure.
 */
export function chipIdentity(dg13: Dg13, mrz: Mrz): ChipResult<Identity> {
  const dateOfBirth = cardDate(dg13.dateOfBirth);
  if (dateOfBirth === undefined) return invalid('DG13 has no birth date');
  if (yymmdd(dateOfBirth) !== mrz.dateOfBirth) {
    return invalid('DG13 and DG1 give different birth dates');
  }
  const sex = sexOf(dg13, mrz);
  if (sex === null) return invalid('DG13 and DG1 give no sex');
  const issueDate = cardDate(dg13.issueDate);
  const oldId = dg13.oldIdNumber?.trim() ?? '';
  const parsed = identitySchema.safeParse({
    idNumber: dg13.idNumber?.trim() ?? '',
    fullName: (dg13.fullName ?? '')
      .normalize('NFC')
      .trim()
      .replace(/\s+/g, ' ')
      .toLocaleUpperCase('vi'),
    dateOfBirth,
    sex,
    address: (dg13.residence ?? '').normalize('NFC').trim(),
    ...(issueDate === undefined ? {} : { issueDate }),
    ...(/^\d{9}$/.test(oldId) ? { oldIdNumber: oldId } : {}),
    source: 'chip',
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'identity');
    return invalid(`DG13 ${field} is not valid`);
  }
  const structure = checkIdNumber(
    parsed.data.idNumber,
    parsed.data.dateOfBirth,
    parsed.data.sex,
  );
  if (!structure.ok) return invalid(structure.error.message);
  return ok(parsed.data);
}
