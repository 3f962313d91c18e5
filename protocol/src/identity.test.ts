import { describe, expect, test } from 'vitest';
import { parseMessage } from './messages';

const identity = {
  idNumber: '079090001234',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-05-17',
  sex: 'male',
  address: '12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh',
};

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

function readWith(changes: Record<string, unknown>) {
  return parseMessage('identity.read', {
    source: 'qr',
    identity: { ...identity, ...changes },
  });
}

describe('identity.read', () => {
  test('a complete chip read parses to the same identity', () => {
    const input = {
      source: 'chip',
      identity: {
        ...identity,
        oldIdNumber: '025123456',
        issueDate: '2021-04-01',
      },
    };

    expect(parseMessage('identity.read', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('a name typed in NFD comes out in NFC', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    const result = readWith({ fullName: nfd });

    expect(result.ok && result.value.identity.fullName).toBe(
      'Nguyễn Văn An'.normalize('NFC'),
    );
    expect(nfd).not.toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  test('an empty address is accepted, since some cards carry none', () => {
    expect(readWith({ address: '' })).toMatchObject({ ok: true });
  });

  test('a missing full name is refused as required at its path', () => {
    const { fullName: _omitted, ...withoutName } = identity;
    const result = parseMessage('identity.read', {
      source: 'qr',
      identity: withoutName,
    });

    expect(result).toEqual(refusal('required', 'identity.fullName'));
  });

  test('a name of 100 characters is accepted and 101 is too long', () => {
    expect(readWith({ fullName: 'A'.repeat(100) })).toMatchObject({ ok: true });
    expect(readWith({ fullName: 'A'.repeat(101) })).toEqual(
      refusal('too_long', 'identity.fullName'),
    );
  });

  test('an empty name is too short', () => {
    expect(readWith({ fullName: '' })).toEqual(
      refusal('too_short', 'identity.fullName'),
    );
  });

  test('a name with a control character is refused as such', () => {
    expect(readWith({ fullName: 'Nguyễn\u0000An' })).toEqual(
      refusal('control_character', 'identity.fullName'),
    );
    expect(readWith({ fullName: 'Nguyễn\u009bAn' })).toEqual(
      refusal('control_character', 'identity.fullName'),
    );
  });

  test('an id number of 11 digits has an invalid format', () => {
    expect(readWith({ idNumber: '07909000123' })).toEqual(
      refusal('invalid_format', 'identity.idNumber'),
    );
  });

  test('an id number sent as a number has the wrong type', () => {
    expect(readWith({ idNumber: 79090001234 })).toEqual(
      refusal('invalid_type', 'identity.idNumber'),
    );
  });

  test('an old id number of 8 digits has an invalid format', () => {
    expect(readWith({ oldIdNumber: '02512345' })).toEqual(
      refusal('invalid_format', 'identity.oldIdNumber'),
    );
  });

  test('a birth date that does not exist has an invalid format', () => {
    expect(readWith({ dateOfBirth: '2026-02-30' })).toEqual(
      refusal('invalid_format', 'identity.dateOfBirth'),
    );
    expect(readWith({ dateOfBirth: '17/05/1990' })).toEqual(
      refusal('invalid_format', 'identity.dateOfBirth'),
    );
  });

  test('a sex outside the card values is an invalid value', () => {
    expect(readWith({ sex: 'Nam' })).toEqual(
      refusal('invalid_value', 'identity.sex'),
    );
  });

  test('an unknown read source is an invalid value', () => {
    const result = parseMessage('identity.read', {
      source: 'nfc',
      identity,
    });

    expect(result).toEqual(refusal('invalid_value', 'source'));
  });

  test('an extra key on the identity is refused with its path', () => {
    expect(readWith({ phone: '0912345678' })).toEqual(
      refusal('unknown_field', 'identity.phone'),
    );
  });

  test('an address of 301 characters is too long', () => {
    expect(readWith({ address: 'x'.repeat(301) })).toEqual(
      refusal('too_long', 'identity.address'),
    );
  });
});

describe('identity.error', () => {
  test('a coded error parses unchanged', () => {
    const input = {
      error: {
        code: 'card_expired',
        message: 'The card expired',
        field: 'issueDate',
      },
    };

    expect(parseMessage('identity.error', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('an error without a code is refused as required', () => {
    const result = parseMessage('identity.error', {
      error: { message: 'no code' },
    });

    expect(result).toEqual(refusal('required', 'error.code'));
  });

  test('an empty error code is too short', () => {
    const result = parseMessage('identity.error', {
      error: { code: '', message: 'empty code' },
    });

    expect(result).toEqual(refusal('too_short', 'error.code'));
  });

  test('an extra key on the error is refused with its path', () => {
    const result = parseMessage('identity.error', {
      error: { code: 'x', message: 'y', stack: 'at z' },
    });

    expect(result).toEqual(refusal('unknown_field', 'error.stack'));
  });
});
