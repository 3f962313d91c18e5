import { describe, expect, test } from 'vitest';
import { instant, isoDate, languageSchema, localized, text } from './text';

describe('text', () => {
  test('NFD input comes out as NFC', () => {
    const nfd = 'Phường Bến Thành'.normalize('NFD');

    expect(text(100).parse(nfd)).toBe('Phường Bến Thành'.normalize('NFC'));
  });

  test('the bound is counted after NFC, so NFD input is not penalised', () => {
    const word = 'ễ'.repeat(10);
    const nfd = word.normalize('NFD');

    expect(nfd.length).toBeGreaterThan(10);
    expect(text(10).safeParse(nfd).success).toBe(true);
    expect(text(9).safeParse(nfd).success).toBe(false);
  });

  test('the minimum length is enforced', () => {
    expect(text(10, 1).safeParse('').success).toBe(false);
    expect(text(10).safeParse('').success).toBe(true);
  });

  test.each([
    ['a NUL', '\u0000'],
    ['a tab', '\t'],
    ['an escape', '\u001b'],
    ['a DEL', '\u007f'],
    ['a C1 control', '\u0085'],
  ])('text with %s is refused as a control character', (_label, control) => {
    const parsed = text(100).safeParse(`An${control}Bình`);

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'must not contain control characters',
    );
  });

  test('Vietnamese letters and punctuation are not control characters', () => {
    expect(text(100).safeParse('Đỗ Thị Ánh – số 5/2, “Hẻm”').success).toBe(
      true,
    );
  });
});

describe('isoDate', () => {
  test.each(['2024-02-29', '2000-02-29', '1990-12-31'])(
    '%s is a date that exists',
    (date) => {
      expect(isoDate.safeParse(date).success).toBe(true);
    },
  );

  test.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-13-01',
    '26-01-01',
  ])('%s is refused', (date) => {
    expect(isoDate.safeParse(date).success).toBe(false);
  });
});

describe('instant', () => {
  test('UTC and +07:00 instants are accepted', () => {
    expect(instant.safeParse('2026-12-03T02:15:00Z').success).toBe(true);
    expect(instant.safeParse('2026-12-03T09:15:00.123+07:00').success).toBe(
      true,
    );
  });

  test('an instant without offset is refused', () => {
    expect(instant.safeParse('2026-12-03T09:15:00').success).toBe(false);
  });
});

describe('localized', () => {
  test('both Vietnamese and English are required', () => {
    expect(localized.safeParse({ vi: 'Khai sinh' }).success).toBe(false);
    expect(localized.safeParse({ vi: 'Khai sinh', en: 'Birth' }).success).toBe(
      true,
    );
  });

  test('only Vietnamese and English are languages', () => {
    expect(languageSchema.options).toEqual(['vi', 'en']);
  });
});
