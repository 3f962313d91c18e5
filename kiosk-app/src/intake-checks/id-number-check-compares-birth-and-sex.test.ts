import { describe, expect, it } from 'vitest';
import { missingRequired } from './attachments';
import { checkIdNumberFits } from './id-number';

describe('checking an ID number beside the birth date and sex', () => {
  it('accepts a number that fits', () => {
    expect(checkIdNumberFits('079090001234', '1990-03-15', 'male')).toBeNull();
    expect(
      checkIdNumberFits('079301001234', '2001-07-01', 'female'),
    ).toBeNull();
  });

  it('names the part that does not fit', () => {
    expect(checkIdNumberFits('079190001234', '1990-03-15', 'male')).toBe(
      'id.century_sex',
    );
    expect(checkIdNumberFits('079091001234', '1990-03-15', 'male')).toBe(
      'id.birth_year',
    );
    expect(checkIdNumberFits('003090001234', '1990-03-15', 'male')).toBe(
      'id.province',
    );
    expect(checkIdNumberFits('07909000123', '1990-03-15', 'male')).toBe(
      'id.format',
    );
  });

  it('checks only the digits while the birth date or sex is missing', () => {
    expect(checkIdNumberFits('079190001234', undefined, 'male')).toBeNull();
    expect(checkIdNumberFits('079190001234', '1990-03-15', '')).toBeNull();
  });
});

describe('checking that required documents are present', () => {
  it('lists the required documents without a scan, in order', () => {
    const requirements = [
      { id: 'birthCertificate', required: true },
      { id: 'witness', required: false },
      { id: 'declarantId', required: true },
    ];
    expect(missingRequired(requirements, new Set())).toEqual([
      'birthCertificate',
      'declarantId',
    ]);
    expect(
      missingRequired(requirements, new Set(['declarantId', 'witness'])),
    ).toEqual(['birthCertificate']);
  });
});
