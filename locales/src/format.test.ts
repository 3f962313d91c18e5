import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatVnd } from './index';

describe('formatting for vi-VN in Ho Chi Minh City time', () => {
  it('writes a UTC evening instant as the next day in Ho Chi Minh City', () => {
    expect(formatDate(new Date('2026-12-03T18:30:00Z'))).toBe('04/12/2026');
  });

  it('keeps a bare calendar date on its day', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it('gives the clock in UTC+7', () => {
    expect(formatClock(new Date('2026-12-03T08:05:00Z'))).toEqual({
      hour: '15',
      minute: '05',
    });
  });

  it('writes money with dots and the dong sign', () => {
    expect(formatVnd(150000).replace(/\s/g, ' ')).toBe('150.000 ₫');
  });
});
