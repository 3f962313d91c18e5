import { identitySchema } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { parseCccdQr } from './cccd-qr';
import {
  SAMPLE_CCCD_QR,
  SAMPLE_CCCD_QR_2024,
  SAMPLE_CCCD_QR_NO_OLD_ID,
  SAMPLE_CCCD_QR_WOMAN_2001,
} from './samples';

const TODAY = new Date('2026-08-01T03:00:00Z');

function read(payload: string) {
  const result = parseCccdQr(payload, TODAY);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.value;
}

describe('parseCccdQr on every known layout', () => {
  it('reads the 7-field sample with an old CMND number', () => {
    expect(read(SAMPLE_CCCD_QR)).toEqual({
      identity: {
        idNumber: '079090001234',
        oldIdNumber: '025123456',
        fullName: 'NGUYỄN VĂN AN',
        dateOfBirth: '1990-03-15',
        sex: 'male',
        address: '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh',
        issueDate: '2021-05-01',
      },
      extra: {},
    });
  });

  it('reads 7 fields with the old number left empty', () => {
    const { identity } = read(SAMPLE_CCCD_QR_WOMAN_2001);
    expect(identity.oldIdNumber).toBeUndefined();
    expect(identity.sex).toBe('female');
    expect(identity.dateOfBirth).toBe('2001-07-09');
  });

  it('reads 6 fields without an old-number field', () => {
    const { identity } = read(SAMPLE_CCCD_QR_NO_OLD_ID);
    expect(identity.idNumber).toBe('048085009876');
    expect(identity.fullName).toBe('LÊ VĂN HÙNG');
    expect(identity.issueDate).toBe('2022-10-10');
  });

  it('keeps the trailing fields of a 2024 card as extra', () => {
    const { identity, extra } = read(SAMPLE_CCCD_QR_2024);
    expect(identity.issueDate).toBe('2024-07-01');
    expect(extra).toEqual({ field8: 'PHẠM VĂN LỢI', field9: 'ĐỖ THỊ MAI' });
  });

  it('keeps trailing fields of a 2024 card without the old number', () => {
    const { identity, extra } = read(`${SAMPLE_CCCD_QR_NO_OLD_ID}|A|B`);
    expect(identity.idNumber).toBe('048085009876');
    expect(extra).toEqual({ field7: 'A', field8: 'B' });
  });

  it('trims a trailing CR/LF left by the scanner', () => {
    expect(read(`${SAMPLE_CCCD_QR}\r\n`)).toEqual(read(SAMPLE_CCCD_QR));
  });

  it('normalises an NFD name in mixed case with loose spaces', () => {
    const payload = SAMPLE_CCCD_QR.replace(
      'NGUYỄN VĂN AN',
      '  nguyễn   Văn\tan '.normalize('NFD'),
    );
    expect(read(payload).identity.fullName).toBe('NGUYỄN VĂN AN');
  });

  it('reads the sex in any case, with or without diacritics', () => {
    for (const written of ['NAM', 'nam', 'Nam']) {
      const payload = SAMPLE_CCCD_QR.replace('|Nam|', `|${written}|`);
      expect(read(payload).identity.sex).toBe('male');
    }
    for (const written of ['Nữ', 'NỮ', 'nu', 'Nu', 'Nữ'.normalize('NFD')]) {
      const payload = SAMPLE_CCCD_QR_WOMAN_2001.replace('|Nữ|', `|${written}|`);
      expect(read(payload).identity.sex).toBe('female');
    }
  });

  it('yields identities that conform to the protocol schema', () => {
    for (const sample of [
      SAMPLE_CCCD_QR,
      SAMPLE_CCCD_QR_2024,
      SAMPLE_CCCD_QR_NO_OLD_ID,
      SAMPLE_CCCD_QR_WOMAN_2001,
    ]) {
      const { identity } = read(sample);
      expect(identitySchema.parse(identity)).toEqual(identity);
    }
  });
});
