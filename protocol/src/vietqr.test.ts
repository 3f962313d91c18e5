import { describe, expect, test } from 'vitest';
import { buildVietQr, parseVietQr } from './vietqr';
import { crc16CcittFalse, parseTlv } from './vietqr-tlv';

// A reference CRC written differently from the one under test: one byte at
// a time through a 256-entry table.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let value = n << 8;
  for (let i = 0; i < 8; i++) {
    value = value & 0x8000 ? (value << 1) ^ 0x1021 : value << 1;
  }
  return value & 0xffff;
});
function referenceCrc(data: string): string {
  let crc = 0xffff;
  for (const char of data) {
    const index = ((crc >> 8) ^ char.charCodeAt(0)) & 0xff;
    crc = ((crc << 8) ^ (TABLE[index] ?? 0)) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function built(request: Parameters<typeof buildVietQr>[0]): string {
  const result = buildVietQr(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('CRC-16/CCITT-FALSE', () => {
  test('gives the catalogue check value 0x29B1 for "123456789"', () => {
    expect(crc16CcittFalse('123456789')).toBe(0x29b1);
  });

  test('gives 0xFFFF, the initial value, for no data', () => {
    expect(crc16CcittFalse('')).toBe(0xffff);
  });
});

describe('buildVietQr', () => {
  test('writes every field of a dynamic transfer code, CRC last', () => {
    const payload = built({
      bankBin: '970436',
      accountNumber: '0011001234567',
      amountVnd: 50_000,
      purpose: '000.00.00.H29-261203-1001',
    });

    // Assembled by hand, lengths counted by hand.
    const account =
      '0010A000000727' +
      '0127' +
      ('0006970436' + '01130011001234567') +
      '0208QRIBFTTA';
    const body =
      '000201' +
      '010212' +
      `3857${account}` +
      '5303704' +
      '540550000' +
      '5802VN' +
      '6229' +
      '0825000.00.00.H29-261203-1001' +
      '6304';
    expect(account.length).toBe(57);
    expect(payload).toBe(body + referenceCrc(body));
  });

  test('makes a static code when no amount is given', () => {
    const payload = built({ bankBin: '970436', accountNumber: '123' });
    expect(payload.startsWith('000201010211')).toBe(true);
    expect(payload).not.toContain('5405');
  });

  test.each([
    [{ bankBin: '97043', accountNumber: '1' }, 'vietqr.payee'],
    [{ bankBin: '970436', accountNumber: '12-34' }, 'vietqr.payee'],
    [{ bankBin: '970436', accountNumber: '1', amountVnd: 0 }, 'vietqr.amount'],
    [
      { bankBin: '970436', accountNumber: '1', amountVnd: 1.5 },
      'vietqr.amount',
    ],
    [
      { bankBin: '970436', accountNumber: '1', purpose: 'Lệ phí' },
      'vietqr.purpose',
    ],
  ])('refuses %o with %s', (request, code) => {
    expect(buildVietQr(request)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('parseVietQr', () => {
  test('reads back the payee, the amount and the purpose', () => {
    const payload = built({
      bankBin: '970418',
      accountNumber: '8888',
      amountVnd: 1_234_000,
      purpose: 'HS-1',
    });
    expect(parseVietQr(payload)).toEqual({
      ok: true,
      value: {
        bankBin: '970418',
        accountNumber: '8888',
        dynamic: true,
        amountVnd: 1_234_000,
        purpose: 'HS-1',
      },
    });
    const fields = parseTlv(payload);
    expect(fields.ok && fields.value.map((f) => f.tag)).toEqual([
      '00',
      '01',
      '38',
      '53',
      '54',
      '58',
      '62',
      '63',
    ]);
  });

  test('refuses a payload whose amount was changed after the CRC', () => {
    const payload = built({
      bankBin: '970418',
      accountNumber: '8888',
      amountVnd: 50_000,
    });
    const tampered = payload.replace('540550000', '540590000');
    expect(parseVietQr(tampered)).toMatchObject({
      ok: false,
      error: { code: 'vietqr.invalid', message: 'CRC mismatch' },
    });
  });

  test('refuses a TLV run that is cut short', () => {
    expect(parseTlv('000201015')).toMatchObject({
      ok: false,
      error: { code: 'qr.tlv' },
    });
  });
});
