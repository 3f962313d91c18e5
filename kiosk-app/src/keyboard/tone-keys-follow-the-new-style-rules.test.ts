import { describe, expect, it } from 'vitest';
import { applyTone } from './compose';
import type { Tone } from './compose';

const CASES: readonly (readonly [string, Tone, string])[] = [
  ['hoa', 'sac', 'hoá'],
  ['thuy', 'huyen', 'thuỳ'],
  ['khoe', 'hoi', 'khoẻ'],
  ['nguyên', 'huyen', 'nguyền'],
  ['qua', 'nang', 'quạ'],
  ['quy', 'sac', 'quý'],
  ['gia', 'hoi', 'giả'],
  ['gin', 'huyen', 'gìn'],
  ['mua', 'huyen', 'mùa'],
  ['toan', 'sac', 'toán'],
  ['ngoai', 'huyen', 'ngoài'],
  ['khuyu', 'hoi', 'khuỷu'],
  ['tươi', 'hoi', 'tưởi'],
  ['Viêt', 'nang', 'Việt'],
  ['HOA', 'nga', 'HOÃ'],
  ['Hóa', 'huyen', 'Hoà'],
  ['Hóa', 'none', 'Hoa'],
];

describe('tone keys', () => {
  for (const [syllable, tone, expected] of CASES) {
    it(`marks "${syllable}" with ${tone} as "${expected}"`, () => {
      const edit = applyTone(syllable, syllable.length, tone);
      expect(edit.text).toBe(expected);
      expect(edit.cursor).toBe(expected.length);
    });
  }

  it('marks only the syllable before the cursor', () => {
    expect(applyTone('Nguyên Van', 6, 'nga')).toEqual({
      text: 'Nguyễn Van',
      cursor: 6,
    });
  });

  it('leaves a syllable without a vowel alone', () => {
    expect(applyTone('Ph', 2, 'sac').text).toBe('Ph');
    expect(applyTone('', 0, 'sac').text).toBe('');
  });

  it('returns NFC when given decomposed text', () => {
    const nfd = 'Nguyên'.normalize('NFD');
    const { text } = applyTone(nfd, nfd.length, 'nga');
    expect(text).toBe('Nguyễn'.normalize('NFC'));
  });
});
