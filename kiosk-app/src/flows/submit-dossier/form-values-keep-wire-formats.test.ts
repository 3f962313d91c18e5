import { describe, expect, it } from 'vitest';
import {
  fromDisplayDate,
  prefillValues,
  toDisplayDate,
  validateField,
} from './form';
import {
  dateOfBirthField,
  phoneField,
  residenceConfirmation,
  sampleIdentity,
} from './test-support';

const phone = phoneField;
const dateOfBirth = dateOfBirthField;

describe('form values', () => {
  it('shows a stored date as dd/MM/yyyy and stores a typed one as YYYY-MM-DD', () => {
    expect(toDisplayDate('1990-03-15')).toBe('15/03/1990');
    expect(fromDisplayDate('15/03/1990')).toBe('1990-03-15');
    expect(fromDisplayDate('5/3/1990')).toBe('1990-03-05');
  });

  it('keeps an impossible or unfinished date as typed, and flags it', () => {
    expect(fromDisplayDate('31/02/1990')).toBe('31/02/1990');
    expect(fromDisplayDate('15/03/19')).toBe('15/03/19');
    expect(validateField(dateOfBirth, '31/02/1990')).toBe('date.invalid');
  });

  it('accepts mobile prefixes 03, 05, 07, 08, 09 and nothing else', () => {
    for (const ok of [
      '0312345678',
      '0512345678',
      '0712345678',
      '0812345678',
      '0912345678',
    ]) {
      expect(validateField(phone, ok)).toBeNull();
    }
    expect(validateField(phone, '0212345678')).toBe('phone.landline');
    expect(validateField(phone, '0612345678')).toBe('phone.prefix');
    expect(validateField(phone, '091234567')).toBe('phone.tooShort');
    expect(validateField(phone, '1912345678')).toBe('phone.start');
  });

  it('prefills only the fields that name an identity datum', () => {
    expect(prefillValues(residenceConfirmation.fields, sampleIdentity)).toEqual(
      {
        fullName: 'NGUYỄN VĂN AN',
        dateOfBirth: '1990-03-15',
      },
    );
  });
});
