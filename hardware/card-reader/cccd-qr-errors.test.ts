import { describe, expect, it } from 'vitest';
import { parseCccdQr } from './cccd-qr';
import { SAMPLE_CCCD_QR } from './samples';

const TODAY = new Date('2026-08-01T03:00:00Z');

function refusal(payload: string) {
  const result = parseCccdQr(payload, TODAY);
  return result.ok ? undefined : result.error;
}

function withField(index: number, value: string): string {
  const fields = SAMPLE_CCCD_QR.split('|');
  fields[index] = value;
  return fields.join('|');
}

describe('parseCccdQr refusals', () => {
  it.each([
    ['a URL', 'https://dichvucong.gov.vn/p/home?a=1|2'],
    ['text without separators', 'hello world'],
    ['an empty scan', ''],
    ['a first field that is not a number', 'ABC|1|2|3|4|5|6'],
  ])('refuses %s as qr.not_cccd', (_, payload) => {
    expect(refusal(payload)?.code).toBe('qr.not_cccd');
  });

  it.each([
    ['too few fields', '079090001234|NGUYỄN VĂN AN|15031990|Nam|x'],
    ['far too many fields', `${SAMPLE_CCCD_QR}${'|x'.repeat(12)}`],
  ])('refuses %s as qr.field_count', (_, payload) => {
    expect(refusal(payload)?.code).toBe('qr.field_count');
  });

  it.each([
    ['id.format', 'idNumber', withField(0, '07909000123')],
    ['id.format', 'oldIdNumber', withField(1, '02512345')],
    ['id.province', 'idNumber', withField(0, '003090001234')],
    ['id.century_sex', 'idNumber', withField(0, '079190001234')],
    ['id.birth_year', 'idNumber', withField(0, '079091001234')],
    ['name.empty', 'fullName', withField(2, '   ')],
    ['date.invalid', 'dateOfBirth', withField(3, '31021990')],
    ['date.invalid', 'dateOfBirth', withField(3, '1990-03-15')],
    ['date.future', 'dateOfBirth', withField(3, '02082026')],
    ['sex.unknown', 'sex', withField(4, 'M')],
    ['date.invalid', 'issueDate', withField(6, '')],
    ['date.invalid', 'issueDate', withField(6, '01011980')],
    ['date.future', 'issueDate', withField(6, '01012030')],
    ['control_character', 'address', withField(5, 'a\u0007b')],
    ['too_long', 'fullName', withField(2, 'A'.repeat(101))],
  ])('refuses with %s on %s', (code, field, payload) => {
    expect(refusal(payload)).toMatchObject({ code, field });
  });

  it('judges "future" by the date in Vietnam, not in UTC', () => {
    // 31/07 17:30 UTC is already 01/08 in Ho Chi Minh City.
    const evening = new Date('2026-07-31T17:30:00Z');
    const payload = withField(6, '01082026');
    expect(parseCccdQr(payload, evening).ok).toBe(true);
  });
});
