import { describe, expect, it } from 'vitest';
import { applyShape } from './compose';

describe('shape keys', () => {
  it('reshape the last matching letter of the syllable', () => {
    expect(applyShape('ban', 3, 'ă').text).toBe('băn');
    expect(applyShape('tuơi', 4, 'ư').text).toBe('tươi');
    expect(applyShape('dung', 4, 'đ').text).toBe('đung');
    expect(applyShape('Lam', 3, 'â').text).toBe('Lâm');
  });

  it('keep the tone and move it to the shaped vowel', () => {
    expect(applyShape('tóan', 4, 'ô').text).toBe('tốan');
    expect(applyShape('Viét', 4, 'ê').text).toBe('Viết');
    expect(applyShape('mùa', 3, 'ư').text).toBe('mừa');
  });

  it('keep the case of the letter they reshape', () => {
    expect(applyShape('AN', 2, 'ă').text).toBe('ĂN');
    expect(applyShape('Dung', 4, 'đ').text).toBe('Đung');
  });

  it('insert the letter when nothing in the syllable matches', () => {
    expect(applyShape('', 0, 'Đ')).toEqual({ text: 'Đ', cursor: 1 });
    expect(applyShape('th', 2, 'ư')).toEqual({ text: 'thư', cursor: 3 });
    expect(applyShape('tư', 2, 'ơ').text).toBe('tươ');
    expect(applyShape('ă', 1, 'ă').text).toBe('ăă');
  });
});
