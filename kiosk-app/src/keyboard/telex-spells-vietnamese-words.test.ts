import { describe, expect, it } from 'vitest';
import { telex } from './telex';

const CASES: readonly (readonly [string, string])[] = [
  ['Nguyeenx Vawn Aan', 'Nguyễn Văn Ân'],
  ['Hoof Chis Minh', 'Hồ Chí Minh'],
  ['DDaaf', 'Đầ'],
  ['DDaf Nawngx', 'Đà Nẵng'],
  ['tieengs Vieetj', 'tiếng Việt'],
  ['thuwowngf', 'thường'],
  ['tuowi', 'tươi'],
  ['uow', 'ươ'],
  ['giuwax', 'giữa'],
  ['quaj', 'quạ'],
  ['Quowr', 'Quở'],
  ['hoawjc', 'hoặc'],
  ['ddaij hocj', 'đại học'],
  ['Ddoongf Nai', 'Đồng Nai'],
  ['w', 'ư'],
  ['thw', 'thư'],
  ['hoaf', 'hoà'],
  ['hoafn', 'hoàn'],
  ['tosa', 'toá'],
  ['khuyur', 'khuỷu'],
  ['ngoaif', 'ngoài'],
  ['asz', 'a'],
  ['z', 'z'],
  ['Phuwowngf 12, Quaanj 3', 'Phường 12, Quận 3'],
];

describe('telex', () => {
  for (const [keys, expected] of CASES) {
    it(`turns "${keys}" into "${expected}" in NFC`, () => {
      const text = telex(keys);
      expect(text).toBe(expected);
      expect(text).toBe(text.normalize('NFC'));
    });
  }
});
