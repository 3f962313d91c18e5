/**
 * Vietnamese letters split into a base letter (which may carry a shape:
 * breve, circumflex or horn) and a tone. Everything is derived from the two
 * small tables below, so a letter is never spelled out by hand.
 */

export type Tone = 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang' | 'none';

export const TONES = ['sac', 'huyen', 'hoi', 'nga', 'nang'] as const;

/** The combining mark of each tone; Unicode NFC composes them. */
const TONE_MARK: Record<Exclude<Tone, 'none'>, string> = {
  sac: '\u0301',
  huyen: '\u0300',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};

/** Vowels as they are written before a tone is added. */
const VOWELS = 'aăâeêioôơuưy';

interface Split {
  readonly base: string;
  readonly tone: Tone;
}

const SPLIT = new Map<string, Split>();
for (const vowel of VOWELS + VOWELS.toUpperCase()) {
  SPLIT.set(vowel, { base: vowel, tone: 'none' });
  for (const tone of TONES) {
    SPLIT.set((vowel + TONE_MARK[tone]).normalize('NFC'), {
      base: vowel,
      tone,
    });
  }
}

/** The tone mark of a tone, or '' for none: for labels on keys. */
export function toneMark(tone: Tone): string {
  return tone === 'none' ? '' : TONE_MARK[tone];
}

export function isVowel(char: string): boolean {
  return SPLIT.has(char);
}

/** A vowel's untoned letter and its tone; other characters pass through. */
export function splitVowel(char: string): Split {
  return SPLIT.get(char) ?? { base: char, tone: 'none' };
}

/** Puts a tone on an untoned vowel (any case); NFC. */
export function joinVowel(base: string, tone: Tone): string {
  return tone === 'none' ? base : (base + TONE_MARK[tone]).normalize('NFC');
}

/** `ặ` → `a`: the letter without its shape or tone, lower case. */
export function plainLetter(char: string): string {
  const lower = char.toLowerCase();
  if (lower === 'đ') return 'd';
  return splitVowel(lower)
    .base.normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}

/** Writes `lower` in the case of `like`. */
export function inCaseOf(like: string, lower: string): string {
  return isUpper(like) ? lower.toUpperCase() : lower;
}
