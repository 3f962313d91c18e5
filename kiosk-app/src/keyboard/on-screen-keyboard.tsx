import { useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SHAPE_LETTERS } from './compose';
import type { ShapeLetter } from './compose';
import { INITIAL_KEYBOARD, pressKey } from './keyboard-model';
import type { KeyPress, KeyboardMode, KeyboardState } from './keyboard-model';
import { TONES, toneMark } from './letters';
import { NumericPad } from './numeric-pad';
import type { Tone } from './letters';

const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;
const DIGITS = '1234567890';
/** Punctuation that addresses need ("12/3 Lê Lợi, Phường 1"). */
const PUNCTUATION = [
  [',', 'comma'],
  ['/', 'slash'],
  ['-', 'hyphen'],
] as const;

/** Names for test ids: ASCII, so selectors stay simple. */
const SHAPE_NAMES: Record<ShapeLetter, string> = {
  ă: 'a-breve',
  â: 'a-circumflex',
  đ: 'd-stroke',
  ê: 'e-circumflex',
  ô: 'o-circumflex',
  ơ: 'o-horn',
  ư: 'u-horn',
};

/** A dotted circle shows a combining tone mark on its own. */
const MARK_BASE = '\u25cc';

interface OnScreenKeyboardProps {
  readonly mode: KeyboardMode;
  /** The field's text; the cursor is always at its end. */
  readonly value: string;
  readonly maxLength?: number;
  readonly onChange: (value: string) => void;
  readonly onClose: () => void;
}

interface KeyProps {
  readonly name: string;
  readonly label: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly pressed?: boolean;
  readonly onPress: () => void;
}

/** Keeps focus (and the caret) in the field the keyboard is typing into. */
function keepFocus(event: PointerEvent) {
  event.preventDefault();
}

function Key(props: KeyProps) {
  return (
    <button
      type="button"
      className={`osk__key ${props.className ?? ''}`}
      aria-label={props.label}
      aria-pressed={props.pressed}
      data-testid={`osk-key-${props.name}`}
      onPointerDown={keepFocus}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  );
}

export function OnScreenKeyboard(props: OnScreenKeyboardProps) {
  const { t } = useTranslation('app');
  const [state, setState] = useState<KeyboardState>(INITIAL_KEYBOARD);
  const { mode, value, maxLength, onChange, onClose } = props;
  const upper = state.shift !== 'off';

  const press = (key: KeyPress) => {
    const next = pressKey(value, state, key, maxLength);
    setState(next.state);
    if (next.text !== value) onChange(next.text);
  };

  const charKey = (char: string, label: string, name = char) => (
    <Key
      key={name}
      name={name}
      label={label}
      onPress={() => press({ kind: 'char', char })}
    >
      {mode === 'letters' && upper ? char.toUpperCase() : char}
    </Key>
  );
  const digitKey = (digit: string) =>
    charKey(digit, t('keyboard.digit', { digit }));
  const backspace = (
    <Key
      name="backspace"
      label={t('keyboard.backspace')}
      className="osk__key--wide"
      onPress={() => press({ kind: 'backspace' })}
    >
      ⌫
    </Key>
  );
  const done = (
    <Key
      name="done"
      label={t('keyboard.done')}
      className="osk__key--wide osk__key--primary"
      onPress={onClose}
    >
      {t('keyboard.doneShort')}
    </Key>
  );

  if (mode === 'digits') {
    return (
      <NumericPad
        value={value}
        onChange={onChange}
        onClose={onClose}
        {...(maxLength === undefined ? {} : { maxLength })}
      />
    );
  }

  const toneKey = (tone: Tone) => (
    <Key
      key={tone}
      name={`tone-${tone}`}
      label={t(`keyboard.tone.${tone}`)}
      className="osk__key--tone"
      onPress={() => press({ kind: 'tone', tone })}
    >
      {tone !== 'none' && (
        <span className="osk__mark">{MARK_BASE + toneMark(tone)}</span>
      )}
      <span className="osk__caption">{t(`keyboard.toneShort.${tone}`)}</span>
    </Key>
  );

  return (
    <div
      className="osk osk--letters"
      role="group"
      aria-label={t('keyboard.label')}
      data-testid="osk"
    >
      <div className="osk__row">{[...DIGITS].map(digitKey)}</div>
      <div className="osk__row">
        {SHAPE_LETTERS.map((letter) => (
          <Key
            key={letter}
            name={SHAPE_NAMES[letter]}
            label={t('keyboard.letter', { letter })}
            className="osk__key--shape"
            onPress={() => press({ kind: 'shape', letter })}
          >
            {upper ? letter.toUpperCase() : letter}
          </Key>
        ))}
      </div>
      <div className="osk__row">{[...TONES, 'none' as const].map(toneKey)}</div>
      {LETTER_ROWS.map((row, index) => (
        <div key={row} className="osk__row">
          {index === 2 && (
            <Key
              name="shift"
              label={t('keyboard.shift')}
              className={`osk__key--wide osk__key--shift-${state.shift}`}
              pressed={upper}
              onPress={() => press({ kind: 'shift' })}
            >
              {state.shift === 'locked' ? '⇪' : '⇧'}
            </Key>
          )}
          {[...row].map((letter) =>
            charKey(letter, t('keyboard.letter', { letter })),
          )}
          {index === 2 && backspace}
        </div>
      ))}
      <div className="osk__row">
        <Key
          name="telex"
          label={t('keyboard.telex')}
          className="osk__key--wide"
          pressed={state.telexOn}
          onPress={() => press({ kind: 'telex' })}
        >
          {t('keyboard.telexShort')}
        </Key>
        <Key
          name="space"
          label={t('keyboard.space')}
          className="osk__key--space"
          onPress={() => press({ kind: 'space' })}
        >
          {t('keyboard.spaceShort')}
        </Key>
        {PUNCTUATION.map(([char, name]) =>
          charKey(char, t(`keyboard.${name}`), name),
        )}
        {done}
      </div>
    </div>
  );
}
