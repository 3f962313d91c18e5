import { describe, expect, it } from 'vitest';
import { buildDg1, buildDg13, der, HOLDER } from './chip-test-data';
import { parseDg1 } from './dg1';
import { parseDg13 } from './dg13';
import { parseSod } from './sod';
import { readAllTlv } from './tlv';

const field = (n: number, text: string) =>
  der([0x30], der([0x02], Buffer.from([n])), der([0x0c], Buffer.from(text)));

describe('data group parsers on bad or unusual content', () => {
  it('a wrong MRZ check digit is chip.dg1_invalid', () => {
    const dg1 = buildDg1(HOLDER);
    // The check digit right after the birth date, changed.
    const at = dg1.indexOf(Buffer.from('900315', 'latin1')) + 6;
    dg1[at] = dg1[at] === 0x30 ? 0x31 : 0x30;
    const parsed = parseDg1(dg1);
    expect(parsed.ok || parsed.error).toEqual(
      expect.objectContaining({
        code: 'chip.dg1_invalid',
        message: expect.stringContaining('date of birth'),
      }),
    );
  });

  it('a passport-sized MRZ is refused as not TD1', () => {
    const mrz = Buffer.from('P<'.padEnd(88, '<'), 'latin1');
    const parsed = parseDg1(der([0x61], der([0x5f, 0x1f], mrz)));
    expect(parsed.ok || parsed.error.code).toBe('chip.dg1_invalid');
  });

  it('reads DG13 fields placed directly in tag 6D, without a wrapper', () => {
    const parsed = parseDg13(
      der([0x6d], field(1, '079090001234'), field(2, 'Trần Thị Ánh')),
    );
    expect(parsed.ok && parsed.value).toEqual({
      idNumber: '079090001234',
      fullName: 'Trần Thị Ánh',
      raw: { 1: '079090001234', 2: 'Trần Thị Ánh' },
    });
  });

  it('a DG13 with no numbered field is chip.dg13_invalid', () => {
    const parsed = parseDg13(
      der([0x6d], der([0x30], der([0x0c], Buffer.from('x')))),
    );
    expect(parsed.ok || parsed.error.code).toBe('chip.dg13_invalid');
  });

  it('a DG13 cut short is chip.tlv', () => {
    const dg13 = buildDg13(HOLDER);
    const parsed = parseDg13(dg13.subarray(0, dg13.length - 5));
    expect(parsed.ok || parsed.error.code).toBe('chip.tlv');
  });

  it('an EF.SOD that is not SignedData is chip.sod_invalid', () => {
    const parsed = parseSod(
      der([0x77], der([0x30], der([0x06], Buffer.from([0x2a, 0x03])))),
    );
    expect(parsed.ok || parsed.error.code).toBe('chip.sod_invalid');
  });

  it('TLV refuses indefinite lengths and lengths past the data', () => {
    expect(readAllTlv(Buffer.from([0x30, 0x80, 0x00, 0x00])).ok).toBe(false);
    expect(readAllTlv(Buffer.from([0x04, 0x05, 0x01])).ok).toBe(false);
  });
});
