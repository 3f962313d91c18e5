import { err, ok } from '@motcua/protocol';
import { checkDigit } from './bac-keys';
import { readOnly } from './tlv';
import type { ChipResult, Mrz } from './types';
import { chipError } from './types';

const TD1_LENGTH = 90;
const MRZ_CHARS = /^[A-Z0-9<]+$/;

const invalid = (message: string) =>
  err(chipError('chip.dg1_invalid', message));

function digitMatches(field: string, digit: string | undefined): boolean {
  return String(checkDigit(field)) === digit;
}

/** `NGUYEN<<VAN<AN` → surname `NGUYEN`, given names `VAN AN`. */
function names(field: string): { surname: string; givenNames: string } {
  const [surname = '', given = ''] = field.split('<<');
  const clean = (part: string) => part.replace(/<+/g, ' ').trim();
  return { surname: clean(surname), givenNames: clean(given) };
}

/**
 * DG1 (tag 61) holds the MRZ in tag 5F1F. The CCCD is an ID-1 card, so
 * its MRZ is TD1: three lines of 30 characters (ICAO 9303-5 §4.2); every
 * check digit, the composite one included, is verified.
 * TODO(chip-td3): TD2/TD3 (passport) layouts are refused: the kiosk reads
 * only CCCD cards, which are TD1.
 */
export function parseDg1(file: Uint8Array): ChipResult<Mrz> {
  const outer = readOnly(file, 0x61);
  if (!outer.ok) return outer;
  const inner = readOnly(outer.value.value, 0x5f1f);
  if (!inner.ok) return inner;
  const text = inner.value.value.toString('latin1');
  if (text.length !== TD1_LENGTH) {
    return invalid(`MRZ has ${text.length} characters, TD1 has 90`);
  }
  if (!MRZ_CHARS.test(text))
    return invalid('MRZ has characters outside A–Z 0–9 <');

  const line1 = text.slice(0, 30);
  const line2 = text.slice(30, 60);
  const line3 = text.slice(60, 90);
  const documentNumber = line1.slice(5, 14);
  const dateOfBirth = line2.slice(0, 6);
  const dateOfExpiry = line2.slice(8, 14);
  const checks: [string, string, string | undefined][] = [
    ['document number', documentNumber, line1[14]],
    ['date of birth', dateOfBirth, line2[6]],
    ['date of expiry', dateOfExpiry, line2[14]],
    [
      'composite',
      line1.slice(5, 30) +
        line2.slice(0, 7) +
        line2.slice(8, 15) +
        line2.slice(18, 29),
      line2[29],
    ],
  ];
  for (const [what, field, digit] of checks) {
    if (!digitMatches(field, digit)) {
      return invalid(`MRZ check digit of the ${what} is wrong`);
    }
  }
  const sex = line2[7];
  if (sex !== 'M' && sex !== 'F' && sex !== '<') {
    return invalid('MRZ sex is not M, F or <');
  }

  return ok({
    documentCode: line1.slice(0, 2).replace(/<+$/, ''),
    issuingState: line1.slice(2, 5),
    documentNumber: documentNumber.replace(/<+$/, ''),
    optionalData1: line1.slice(15, 30).replace(/<+$/, ''),
    dateOfBirth,
    sex,
    dateOfExpiry,
    nationality: line2.slice(15, 18),
    optionalData2: line2.slice(18, 29).replace(/<+$/, ''),
    ...names(line3),
  });
}
