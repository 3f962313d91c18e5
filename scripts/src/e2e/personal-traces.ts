/**
 * The sample CCCD the simulator scans, and every form of it that could be
 * left behind: with and without diacritics, NFC and NFD, any letter case,
 * masked or partial ID numbers, the old ID, birth date, address and phone.
 */
const NAME = 'NGUYỄN VĂN AN';
const ID_NUMBER = '079090001234';
const OLD_ID = '025123456';
const PHONE = '0912345678';

function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Lower case, no diacritics, one space: the form every check compares. */
function fold(text: string): string {
  return stripMarks(text).toLowerCase().replace(/\s+/g, ' ');
}

const NAME_TRACES = [NAME, 'VĂN AN', 'NGUYỄN VĂN'].map(fold);

const ID_TRACES: readonly RegExp[] = [
  // The full numbers, also with spaces, dots or dashes between groups.
  /0\D?7\D?9\D?0\D?9\D?0\D?0\D?0\D?1\D?2\D?3\D?4/,
  /0\D?2\D?5\D?1\D?2\D?3\D?4\D?5\D?6/,
  /0\D?9\D?1\D?2\D?3\D?4\D?5\D?6\D?7\D?8/,
  // Masked or partial: "•••••••1234", "079 *** 1234", the last six digits.
  /[*•x×#]{2,}\s?\d{0,3}1234\b/i,
  /\b079\d{0,3}[*•x×#]{2,}/i,
  /001234/,
];

const OTHER_TRACES = [
  '15/03/1990',
  '1990-03-15',
  '15031990',
  '12 nguyen hue',
].map(fold);

/**
 * The traces of the sample resident found in `text` (empty when clean).
 * Text is compared folded, so NFD, upper case or stripped diacritics do not
 * hide a name.
 */
export function personalTraces(text: string): string[] {
  const folded = fold(text);
  const found: string[] = [];
  for (const trace of [...NAME_TRACES, ...OTHER_TRACES]) {
    if (folded.includes(trace)) found.push(trace);
  }
  for (const pattern of ID_TRACES) {
    const match = pattern.exec(folded);
    if (match !== null) found.push(match[0]);
  }
  return found;
}

export const SAMPLE_RESIDENT = { NAME, ID_NUMBER, OLD_ID, PHONE };
