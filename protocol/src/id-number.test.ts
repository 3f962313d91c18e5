import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centurySexDigit, checkIdNumber, provinceName } from './id-number';

function codeOf(result: ReturnType<typeof checkIdNumber>): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('checkIdNumber', () => {
  it('accepts a man born 1990 in Ho Chi Minh City', () => {
    expect(checkIdNumber('079090001234', '1990-03-15', 'male')).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('accepts a woman born 2001 with century digit 3', () => {
    expect(checkIdNumber('001301012345', '2001-07-09', 'female').ok).toBe(true);
  });

  it('refuses a number that is not 12 digits as id.format', () => {
    for (const bad of ['', '07909000123', '0790900012345', '07909000123a']) {
      const result = checkIdNumber(bad, '1990-03-15', 'male');
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'id.format', field: 'idNumber' },
      });
    }
  });

  it('refuses an unknown province code as id.province', () => {
    expect(codeOf(checkIdNumber('003090001234', '1990-03-15', 'male'))).toBe(
      'id.province',
    );
    expect(codeOf(checkIdNumber('099090001234', '1990-03-15', 'male'))).toBe(
      'id.province',
    );
  });

  it('refuses a sex digit that does not match the sex', () => {
    expect(codeOf(checkIdNumber('079190001234', '1990-03-15', 'male'))).toBe(
      'id.century_sex',
    );
    expect(codeOf(checkIdNumber('079090001234', '1990-03-15', 'female'))).toBe(
      'id.century_sex',
    );
  });

  it('refuses a century digit that does not match the birth century', () => {
    expect(codeOf(checkIdNumber('079290001234', '1990-03-15', 'male'))).toBe(
      'id.century_sex',
    );
    expect(codeOf(checkIdNumber('079001001234', '1899-01-01', 'male'))).toBe(
      'id.century_sex',
    );
  });

  it('refuses birth-year digits that differ from the date of birth', () => {
    expect(codeOf(checkIdNumber('079091001234', '1990-03-15', 'male'))).toBe(
      'id.birth_year',
    );
  });

  it('refuses a malformed date of birth as date.invalid', () => {
    expect(checkIdNumber('079090001234', '15/03/1990', 'male')).toMatchObject({
      ok: false,
      error: { code: 'date.invalid', field: 'dateOfBirth' },
    });
  });

  it('never throws and always answers with a known code', () => {
    const codes = [
      'id.format',
      'id.province',
      'id.century_sex',
      'id.birth_year',
      'date.invalid',
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{12}$/)),
        fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
        fc.constantFrom('male' as const, 'female' as const),
        (idNumber, dateOfBirth, sex) => {
          const result = checkIdNumber(idNumber, dateOfBirth, sex);
          if (!result.ok) expect(codes).toContain(result.error.code);
        },
      ),
    );
  });

  it('accepts every number built from a valid province, year and sex', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('001', '048', '079', '096'),
        fc.integer({ min: 1900, max: 2399 }),
        fc.constantFrom('male' as const, 'female' as const),
        fc.stringMatching(/^\d{6}$/),
        (province, year, sex, random) => {
          const id =
            province +
            String(centurySexDigit(year, sex)) +
            String(year % 100).padStart(2, '0') +
            random;
          expect(checkIdNumber(id, `${String(year)}-01-01`, sex).ok).toBe(true);
        },
      ),
    );
  });
});

describe('provinceName', () => {
  it('names known codes and nothing else', () => {
    expect(provinceName('079')).toBe('Hồ Chí Minh');
    expect(provinceName('001')).toBe('Hà Nội');
    expect(provinceName('003')).toBeUndefined();
    expect(provinceName('toString')).toBeUndefined();
  });
});
