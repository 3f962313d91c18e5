import { describe, expect, it } from 'vitest';
import { checkDate, todayInHcmc } from './dates';

const TODAY = '2026-12-03';

describe('checking a date against its range', () => {
  it('accepts a birth date between 1900 and today', () => {
    expect(checkDate('1990-03-15', 'past', TODAY)).toBeNull();
    expect(checkDate('1900-01-01', 'past', TODAY)).toBeNull();
    expect(checkDate(TODAY, 'past', TODAY)).toBeNull();
  });

  it('refuses a past date in the future and before 1900', () => {
    expect(checkDate('2026-12-04', 'past', TODAY)).toBe('date.future');
    expect(checkDate('1899-12-31', 'past', TODAY)).toBe('date.tooOld');
  });

  it('keeps an appointment between today and a year ahead', () => {
    expect(checkDate('2026-12-10', 'future', TODAY)).toBeNull();
    expect(checkDate('2026-12-02', 'future', TODAY)).toBe('date.past');
    expect(checkDate('2028-01-01', 'future', TODAY)).toBe('date.tooFar');
  });

  it('refuses dates that do not exist', () => {
    expect(checkDate('2025-02-29', 'past', TODAY)).toBe('date.invalid');
    expect(checkDate('15/03/1990', 'past', TODAY)).toBe('date.invalid');
  });

  it('takes today in Ho Chi Minh City, seven hours ahead of UTC', () => {
    expect(todayInHcmc(new Date('2026-12-03T16:59:00Z'))).toBe('2026-12-03');
    expect(todayInHcmc(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
  });
});
