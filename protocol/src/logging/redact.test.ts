import { describe, expect, test } from 'vitest';
import { maskIdNumber, maskName, maskPhone, redact } from './redact';

const submit = {
  requestId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  procedureId: 'residence-confirmation',
  language: 'vi',
  applicant: {
    idNumber: '079090001234',
    oldIdNumber: '025123456',
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1990-05-17',
    sex: 'male',
    address: '12 Lê Lợi, Phường Bến Thành',
    issueDate: '2021-04-01',
  },
  fields: {
    phone: '0912345678',
    contactPhone: '0987654321',
    purpose: 'Xác nhận cư trú',
  },
};

describe('maskIdNumber', () => {
  test('a CCCD number keeps its first and last three digits', () => {
    expect(maskIdNumber('079090001234')).toBe('079******234');
  });

  test('a number of six digits or fewer is hidden entirely', () => {
    expect(maskIdNumber('123456')).toBe('******');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskName', () => {
  test('each word keeps only its first letter', () => {
    expect(maskName('NGUYỄN VĂN AN')).toBe('N***** V** A*');
  });

  test('an NFD name is masked by letters, not code units', () => {
    expect(maskName('Nguyễn Văn An'.normalize('NFD'))).toBe('N***** V** A*');
  });

  test('runs of spaces collapse to one', () => {
    expect(maskName('  Lê   Thị  ')).toBe('L* T**');
  });
});

describe('maskPhone', () => {
  test('a mobile number keeps its first and last three digits', () => {
    expect(maskPhone('0912345678')).toBe('091****678');
  });
});

describe('redact', () => {
  test('a dossier.submit payload keeps no personal data in JSON', () => {
    const line = JSON.stringify(redact(submit));

    for (const secret of [
      'Nguyễn',
      'Văn',
      '079090001234',
      '025123456',
      'Lê Lợi',
      '1990-05-17',
      '0912345678',
      '0987654321',
      'Xác nhận',
    ]) {
      expect(line).not.toContain(secret);
    }
  });

  test('a dossier.submit payload keeps its keys and non-personal values', () => {
    expect(redact(submit)).toEqual({
      requestId: submit.requestId,
      procedureId: 'residence-confirmation',
      language: 'vi',
      applicant: {
        idNumber: '079******234',
        oldIdNumber: '025***456',
        fullName: 'N***** V** A*',
        dateOfBirth: '[date]',
        sex: '[redacted]',
        address: '[address]',
        issueDate: '[redacted]',
      },
      fields: {
        phone: '091****678',
        contactPhone: '[redacted]',
        purpose: '[redacted]',
      },
    });
  });

  test('an identity nested in a rejected message is redacted', () => {
    const redacted = redact({
      error: { code: 'required', field: 'identity.sex' },
      input: { source: 'qr', identity: submit.applicant },
    });

    expect(JSON.stringify(redacted)).not.toContain('Nguyễn');
    expect(redacted).toMatchObject({
      error: { code: 'required', field: 'identity.sex' },
      input: { source: 'qr', identity: { idNumber: '079******234' } },
    });
  });

  test('an id or phone sent as a number is masked like the string', () => {
    expect(redact({ idNumber: 79090001234, phone: 912345678 })).toEqual({
      idNumber: '790*****234',
      phone: '912***678',
    });
  });

  test('scan data is reduced to its length and tokens are hidden', () => {
    expect(redact({ data: '079090001234|Nguyễn', token: 'abc' })).toEqual({
      data: '[19 chars]',
      token: '[secret]',
    });
  });

  test('personal fields inside arrays are masked', () => {
    expect(redact([{ fullName: 'Lê An' }, 'plain'])).toEqual([
      { fullName: 'L* A*' },
      'plain',
    ]);
  });

  test('a localized procedure name is kept, since it is not a person', () => {
    const name = { vi: 'Khai sinh', en: 'Birth' };

    expect(redact({ name })).toEqual({ name });
  });

  test('a cyclic value stops at the depth bound instead of recursing', () => {
    const cyclic: Record<string, unknown> = { kind: 'loop' };
    cyclic['self'] = cyclic;

    expect(JSON.stringify(redact(cyclic))).toContain('"[deep]"');
  });

  test('the input is left unchanged', () => {
    const copy = structuredClone(submit);
    redact(submit);

    expect(submit).toEqual(copy);
  });
});
