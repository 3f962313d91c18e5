import { inCaseOf, isVowel, joinVowel, splitVowel } from './letters';
import type { Tone } from './letters';

/**
 * Tone placement, "new style" (kiểu mới, as in the 2018 school textbooks):
 * - a shaped vowel (ă â ê ô ơ ư) takes the tone; in ươ it is the ơ;
 * - with a final consonant, the last vowel of the cluster takes it (toán);
 * - without one, oa, oe and uy put it on the second vowel (hoá, khoẻ,
 *   thuỳ), any three-vowel cluster on the middle one (ngoài, khuỷu), and
 *   every other pair on the first (mùa, mái);
 * - the u of qu and the i of gi before another vowel are consonants.
 */
const SECOND_VOWEL_PAIRS = new Set(['oa', 'oe', 'uy']);
const SHAPED = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

/** The word characters just before `end`: the syllable being typed. */
export function syllableStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start -= 1;
  return start;
}

/** Index in `syllable` of the vowel that carries the tone, or -1. */
export function toneIndex(syllable: string): number {
  const bases = [...syllable].map((char) =>
    splitVowel(char.toLowerCase()).base.toLowerCase(),
  );
  let first = bases.findIndex((base) => isVowel(base));
  if (first < 0) return -1;

  const next = bases[first + 1] ?? '';
  const isGlide =
    (bases[first] === 'u' && bases[first - 1] === 'q') ||
    (bases[first] === 'i' && bases[first - 1] === 'g' && first === 1);
  if (isGlide && isVowel(next)) first += 1;

  let end = first;
  while (end < bases.length && isVowel(bases[end] ?? '')) end += 1;
  const cluster = bases.slice(first, end);

  const shaped = cluster.findLastIndex((base) => SHAPED.has(base));
  if (shaped >= 0) return first + shaped;
  if (cluster.length === 1 || end < bases.length) return end - 1;
  if (cluster.length >= 3) return first + 1;
  return SECOND_VOWEL_PAIRS.has(cluster.join('')) ? first + 1 : first;
}

/** The tone a syllable carries now, whichever vowel it sits on. */
export function toneOf(syllable: string): Tone {
  for (const char of syllable) {
    const { tone } = splitVowel(char);
    if (tone !== 'none') return tone;
  }
  return 'none';
}

/** The syllable with its tone removed and `tone` put in the right place. */
export function placeTone(syllable: string, tone: Tone): string {
  const letters = [...syllable].map((char) => splitVowel(char).base);
  const target = toneIndex(letters.join(''));
  if (target < 0) return letters.join('');
  const base = letters[target] ?? '';
  letters[target] = inCaseOf(base, joinVowel(base.toLowerCase(), tone));
  return letters.join('');
}
