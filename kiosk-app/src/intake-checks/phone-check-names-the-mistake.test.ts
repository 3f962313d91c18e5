import { describe, expect, it } from 'vitest';
import { checkPhone, normalizePhone } from './phone';

describe('checking a phone number', () => {
  it('accepts mobile numbers in every mobile range', () => {
    for (const phone of [
      '0321234567',
      '0561234567',
      '0701234567',
      '0812345678',
      '0912345678',
    ]) {
      expect(checkPhone(phone), phone).toBeNull();
    }
  });

  it('reads +84, spaces and dots as the resident meant them', () => {
    expect(normalizePhone('+84 912.345.678')).toBe('0912345678');
    expect(checkPhone('+84912345678')).toBeNull();
    expect(checkPhone('84912345678')).toBeNull();
  });

  it('names a landline, a short, a long and a non-mobile number apart', () => {
    expect(checkPhone('02838123456')).toBe('phone.landline');
    expect(checkPhone('091234567')).toBe('phone.tooShort');
    expect(checkPhone('09123456789')).toBe('phone.tooLong');
    expect(checkPhone('0612345678')).toBe('phone.prefix');
    expect(checkPhone('912345678')).toBe('phone.start');
    expect(checkPhone('09123abc78')).toBe('phone.format');
  });
});
