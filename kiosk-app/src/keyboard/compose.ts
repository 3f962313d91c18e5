import {
  inCaseOf,
  isVowel,
  joinVowel,
  plainLetter,
  splitVowel,
} from './letters';
import type { Tone } from './letters';
import { placeTone, syllableStart, toneOf } from './syllable';

export type { Tone } from './letters';

/** Text and the cursor in it, as code units of the NFC text. */
export interface Edit {
  readonly text: string;
  readonly cursor: number;
}

/** The letters the shape keys produce. */
export const SHAPE_LETTERS = ['ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư'] as const;
export type ShapeLetter = (typeof SHAPE_LETTERS)[number];

/**
 * Replaces the syllable that ends at the cursor, then re-places its tone so
 * the mark follows the vowels (tóa → toá once the a arrives).
 */
export function editSyllable(
  raw: string,
  cursor: number,
  change: (syllable: string) => string,
): Edit {
  const clamped = Math.max(0, Math.min(cursor, raw.length));
  const head = raw.slice(0, clamped).normalize('NFC');
  const start = syllableStart(head, head.length);
  const changed = change(head.slice(start)).normalize('NFC');
  const before = (head.slice(0, start) + retone(changed)).normalize('NFC');
  return {
    text: (before + raw.slice(clamped)).normalize('NFC'),
    cursor: before.length,
  };
}

/** Puts the syllable's current tone back where the rules want it. */
export function retone(syllable: string): string {
  const tone = toneOf(syllable);
  return tone === 'none' ? syllable : placeTone(syllable, tone);
}

/**
 * A tone key: marks the syllable before the cursor with `tone`, replacing
 * any tone it had; 'none' removes it. A syllable without a vowel is left
 * as it is.
 */
export function applyTone(text: string, cursor: number, tone: Tone): Edit {
  return editSyllable(text, cursor, (syllable) => placeTone(syllable, tone));
}

/**
 * A shape key (ă â đ ê ô ơ ư). It reshapes the last letter of the syllable
 * before the cursor that has the same plain letter (a, d, e, o or u) and
 * another shape, keeping its tone and case: "ban" + ă → "băn",
 * "tuơi" + ư → "tươi". With no such letter it inserts `key` at the cursor.
 */
export function applyShape(text: string, cursor: number, key: string): Edit {
  const shape = key.toLowerCase();
  return editSyllable(text, cursor, (syllable) => {
    const letters = [...syllable];
    const index = letters.findLastIndex(
      (char) =>
        plainLetter(char) === plainLetter(shape) &&
        splitVowel(char.toLowerCase()).base !== shape,
    );
    if (index < 0) return syllable + key;
    letters[index] = reshape(letters[index] ?? '', shape);
    return letters.join('');
  });
}

/** One letter given a new shape, keeping its tone and case. */
export function reshape(char: string, shape: string): string {
  if (!isVowel(char)) return inCaseOf(char, shape);
  const { tone } = splitVowel(char.toLowerCase());
  return inCaseOf(char, joinVowel(shape, tone));
}
