import { applyShape, applyTone } from './compose';
import type { ShapeLetter, Tone } from './compose';
import { EMPTY_TELEX, typeTelex } from './telex';
import type { TelexState } from './telex';

/** Letters with Vietnamese extras, or big digits for numbers and dates. */
export type KeyboardMode = 'letters' | 'digits';

/** Off, the next letter only, or every letter until pressed again. */
export type ShiftState = 'off' | 'once' | 'locked';

export type KeyPress =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'tone'; readonly tone: Tone }
  | { readonly kind: 'shape'; readonly letter: ShapeLetter }
  | { readonly kind: 'space' }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'shift' }
  | { readonly kind: 'telex' };

/**
 * What the keyboard holds between presses. The text itself belongs to the
 * form; `telex.text` is what Telex last produced, so an edit made elsewhere
 * (the native input) starts Telex afresh.
 */
export interface KeyboardState {
  readonly shift: ShiftState;
  readonly telexOn: boolean;
  readonly telex: TelexState;
}

export const INITIAL_KEYBOARD: KeyboardState = {
  shift: 'once',
  telexOn: false,
  telex: EMPTY_TELEX,
};

const NEXT_SHIFT: Record<ShiftState, ShiftState> = {
  off: 'once',
  once: 'locked',
  locked: 'off',
};

export interface Pressed {
  readonly text: string;
  readonly state: KeyboardState;
}

/** One key press on `text`, with the cursor at its end. */
export function pressKey(
  text: string,
  state: KeyboardState,
  key: KeyPress,
  maxLength = Number.POSITIVE_INFINITY,
): Pressed {
  const upper = state.shift !== 'off';
  const afterLetter: KeyboardState = {
    ...state,
    shift: state.shift === 'once' ? 'off' : state.shift,
  };
  const plain = (next: string, nextState = state): Pressed => ({
    text: next.length > maxLength ? text : next.normalize('NFC'),
    state: { ...nextState, telex: EMPTY_TELEX },
  });

  switch (key.kind) {
    case 'char': {
      const char = upper ? key.char.toUpperCase() : key.char;
      if (!state.telexOn) return plain(text + char, afterLetter);
      const from =
        state.telex.text === text ? state.telex : { ...EMPTY_TELEX, text };
      const telex = typeTelex(from, char);
      if (telex.text.length > maxLength) return { text, state };
      return { text: telex.text, state: { ...afterLetter, telex } };
    }
    case 'tone':
      return plain(applyTone(text, text.length, key.tone).text);
    case 'shape': {
      const letter = upper ? key.letter.toUpperCase() : key.letter;
      return plain(applyShape(text, text.length, letter).text, afterLetter);
    }
    case 'space':
      return plain(`${text} `);
    case 'backspace':
      return plain([...text].slice(0, -1).join(''));
    case 'shift':
      return { text, state: { ...state, shift: NEXT_SHIFT[state.shift] } };
    case 'telex':
      return { text, state: { ...state, telexOn: !state.telexOn } };
  }
}
