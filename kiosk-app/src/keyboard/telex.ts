import { editSyllable, reshape } from './compose';
import { inCaseOf, plainLetter, splitVowel } from './letters';
import type { Tone } from './letters';
import { placeTone, syllableStart, toneIndex, toneOf } from './syllable';

/**
 * Telex typing, one key at a time, with the cursor at the end of the text.
 * `literal` is set once a repeated key has undone a transformation ("ass"
 * → "as"): the rest of that word is then taken as typed. `bareW` remembers
 * that the last key was a lone w turned into ư, so a second w gives "w".
 */
export interface TelexState {
  readonly text: string;
  readonly literal: boolean;
  readonly bareW: boolean;
}

export const EMPTY_TELEX: TelexState = {
  text: '',
  literal: false,
  bareW: false,
};

const TONE_KEYS: Readonly<Record<string, Tone>> = {
  s: 'sac',
  f: 'huyen',
  r: 'hoi',
  x: 'nga',
  j: 'nang',
  z: 'none',
};

const CIRCUMFLEX: Readonly<Record<string, string>> = {
  a: 'â',
  e: 'ê',
  o: 'ô',
  d: 'đ',
};

const HORN: Readonly<Record<string, string>> = { a: 'ă', o: 'ơ', u: 'ư' };

/** What a key did to the syllable; null means "type it as a letter". */
interface Outcome {
  readonly syllable: string;
  readonly literal?: boolean;
  readonly bareW?: boolean;
}

export function typeTelex(state: TelexState, key: string): TelexState {
  if (!/^\p{L}$/u.test(key)) {
    return {
      text: (state.text + key).normalize('NFC'),
      literal: false,
      bareW: false,
    };
  }

  const start = syllableStart(state.text, state.text.length);
  const syllable = state.text.slice(start);
  const outcome = state.literal ? null : transform(state, syllable, key);
  const next = outcome ?? { syllable: syllable + key, literal: state.literal };
  const { text } = editSyllable(
    state.text,
    state.text.length,
    () => next.syllable,
  );
  return {
    text,
    literal: next.literal ?? false,
    bareW: next.bareW ?? false,
  };
}

/** Types a whole string of Telex keys from empty. */
export function telex(input: string): string {
  return [...input].reduce(typeTelex, EMPTY_TELEX).text;
}

function transform(
  state: TelexState,
  syllable: string,
  key: string,
): Outcome | null {
  const lower = key.toLowerCase();
  const tone = TONE_KEYS[lower];
  if (tone !== undefined) return toneKey(syllable, key, tone);
  const shape = CIRCUMFLEX[lower];
  if (shape !== undefined) return shapeKey(syllable, key, lower, shape);
  if (lower === 'w') return wKey(state, syllable, key);
  return null;
}

function toneKey(syllable: string, key: string, tone: Tone): Outcome | null {
  if (toneIndex(syllable) < 0) return null;
  const current = toneOf(syllable);
  if (tone === 'none') {
    return current === 'none' ? null : { syllable: placeTone(syllable, tone) };
  }
  if (current === tone) {
    return { syllable: placeTone(syllable, 'none') + key, literal: true };
  }
  return { syllable: placeTone(syllable, tone) };
}

/** aa → â, ee → ê, oo → ô, dd → đ; the third key undoes it. */
function shapeKey(
  syllable: string,
  key: string,
  plain: string,
  shape: string,
): Outcome | null {
  const letters = [...syllable];
  const index = letters.findLastIndex((char) => plainLetter(char) === plain);
  const char = letters[index];
  if (char === undefined) return null;
  if (splitVowel(char.toLowerCase()).base === shape) {
    letters[index] = reshape(char, plain);
    return { syllable: letters.join('') + key, literal: true };
  }
  letters[index] = reshape(char, shape);
  return { syllable: letters.join('') };
}

/** aw → ă, ow → ơ, uw → ư, uow → ươ, and a lone w → ư. */
function wKey(state: TelexState, syllable: string, key: string): Outcome {
  const letters = [...syllable];
  const last = letters.length - 1;
  if (state.bareW && plainLetter(letters[last] ?? '') === 'u') {
    return { syllable: letters.slice(0, last).join('') + key, literal: true };
  }

  const pair = letters.findIndex(
    (char, i) =>
      plainLetter(char) === 'u' &&
      plainLetter(letters[i + 1] ?? '') === 'o' &&
      plainLetter(letters[i - 1] ?? '') !== 'q',
  );
  const horned = (char: string) =>
    splitVowel(char.toLowerCase()).base === HORN[plainLetter(char)];
  if (pair >= 0) {
    const both = [pair, pair + 1];
    const undo = both.every((i) => horned(letters[i] ?? ''));
    for (const i of both) {
      const char = letters[i] ?? '';
      letters[i] = reshape(
        char,
        undo ? plainLetter(char) : (HORN[plainLetter(char)] ?? char),
      );
    }
    return undo
      ? { syllable: letters.join('') + key, literal: true }
      : { syllable: letters.join('') };
  }

  const index = letters.findLastIndex(
    (char) => HORN[plainLetter(char)] !== undefined,
  );
  const char = letters[index];
  if (char === undefined) {
    return { syllable: syllable + inCaseOf(key, 'ư'), bareW: true };
  }
  const plain = plainLetter(char);
  if (horned(char)) {
    letters[index] = reshape(char, plain);
    return { syllable: letters.join('') + key, literal: true };
  }
  letters[index] = reshape(char, HORN[plain] ?? plain);
  return { syllable: letters.join('') };
}
