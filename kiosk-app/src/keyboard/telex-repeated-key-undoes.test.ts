import { describe, expect, it } from 'vitest';
import { EMPTY_TELEX, telex, typeTelex } from './telex';

describe('telex with a key typed twice', () => {
  it.each([
    ['ass', 'as'],
    ['aff', 'af'],
    ['aaa', 'aa'],
    ['aww', 'aw'],
    ['ddd', 'dd'],
    ['uoww', 'uow'],
    ['ww', 'w'],
    ['ooo', 'oo'],
  ])('undoes "%s" into "%s"', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });

  it('takes the rest of the word as typed after an undo', () => {
    expect(telex('asss')).toBe('ass');
    expect(typeTelex(typeTelex(EMPTY_TELEX, 'w'), 'w')).toMatchObject({
      text: 'w',
      literal: true,
    });
  });

  it('composes again after a space', () => {
    expect(telex('ass as')).toBe('as á');
  });
});
