import { describe, expect, it } from 'vitest';
import { INITIAL_KEYBOARD, pressKey } from './keyboard-model';
import type { KeyPress, KeyboardState, Pressed } from './keyboard-model';

function pressAll(
  keys: readonly KeyPress[],
  start: Pressed = { text: '', state: INITIAL_KEYBOARD },
  maxLength?: number,
): Pressed {
  return keys.reduce(
    (at, key) => pressKey(at.text, at.state, key, maxLength),
    start,
  );
}

const chars = (text: string): KeyPress[] =>
  [...text].map((char) => ({ kind: 'char', char }));

describe('pressing on-screen keys', () => {
  it('capitalises the first letter only, then types lower case', () => {
    expect(pressAll(chars('lan')).text).toBe('Lan');
  });

  it('builds a name with shape and tone keys', () => {
    const { text } = pressAll([
      ...chars('nguyen'),
      { kind: 'shape', letter: 'ê' },
      { kind: 'tone', tone: 'nga' },
      { kind: 'space' },
      { kind: 'shift' },
      ...chars('an'),
      { kind: 'shape', letter: 'ă' },
    ]);
    expect(text).toBe('Nguyễn Ăn');
  });

  it('composes Telex when the toggle is on', () => {
    const { text } = pressAll([{ kind: 'telex' }, ...chars('hoof chis')]);
    expect(text).toBe('Hồ chí');
  });

  it('types Telex keys as letters when the toggle is off', () => {
    expect(pressAll(chars('hoof')).text).toBe('Hoof');
  });

  it('restarts Telex when the text was changed elsewhere', () => {
    const telexOn: KeyboardState = { ...INITIAL_KEYBOARD, shift: 'off' };
    const typed = pressAll([{ kind: 'telex' }, ...chars('as')], {
      text: '',
      state: telexOn,
    });
    expect(typed.text).toBe('á');
    const edited = pressKey('b', typed.state, { kind: 'char', char: 's' });
    expect(edited.text).toBe('bs');
  });

  it('deletes a whole letter with backspace', () => {
    const { text } = pressAll([...chars('ê'), { kind: 'tone', tone: 'nga' }]);
    expect(pressKey(text, INITIAL_KEYBOARD, { kind: 'backspace' }).text).toBe(
      '',
    );
  });

  it('stops at the field length', () => {
    expect(pressAll(chars('0912345678999'), undefined, 10).text).toBe(
      '0912345678',
    );
  });

  it('cycles shift from once to locked to off', () => {
    const locked = pressAll([{ kind: 'shift' }]);
    expect(locked.state.shift).toBe('locked');
    expect(pressAll(chars('hcm'), locked).text).toBe('HCM');
  });
});
