import { describe, expect, test } from 'vitest';
import { parseMessage } from './messages';

const nameField = {
  id: 'fullName',
  kind: 'text',
  label: { vi: 'Họ và tên', en: 'Full name' },
  required: true,
  maxLength: 100,
  prefill: 'fullName',
};

const relationField = {
  id: 'relation',
  kind: 'select',
  label: { vi: 'Quan hệ', en: 'Relation' },
  required: true,
  maxLength: 20,
  options: [{ value: 'father', label: { vi: 'Cha', en: 'Father' } }],
};

const procedure = {
  id: 'birth-registration',
  code: '1.001193',
  category: 'civilStatus',
  name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  processingDays: 0,
  feeVnd: 0,
  fields: [nameField, relationField],
  attachments: [
    {
      id: 'birthCertificate',
      label: { vi: 'Giấy chứng sinh', en: 'Birth certificate' },
      required: true,
    },
  ],
};

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

function snapshotWith(changes: Record<string, unknown>) {
  return parseMessage('catalog.snapshot', {
    seq: 7,
    procedures: [{ ...procedure, ...changes }],
  });
}

function fieldWith(changes: Record<string, unknown>) {
  return snapshotWith({ fields: [{ ...nameField, ...changes }] });
}

describe('catalog.snapshot', () => {
  test('a snapshot with one procedure parses unchanged', () => {
    const input = { seq: 7, procedures: [procedure] };

    expect(parseMessage('catalog.snapshot', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('an empty catalog is accepted', () => {
    const result = parseMessage('catalog.snapshot', { seq: 0, procedures: [] });

    expect(result).toEqual({ ok: true, value: { seq: 0, procedures: [] } });
  });

  test('a label written in NFD comes out in NFC', () => {
    const result = snapshotWith({
      name: { vi: 'Đăng ký khai sinh'.normalize('NFD'), en: 'Birth' },
    });

    expect(result.ok && result.value.procedures[0]?.name.vi).toBe(
      'Đăng ký khai sinh'.normalize('NFC'),
    );
  });

  test('a negative sequence number is too short', () => {
    const result = parseMessage('catalog.snapshot', {
      seq: -1,
      procedures: [],
    });

    expect(result).toEqual(refusal('too_short', 'seq'));
  });

  test('a fractional sequence number has the wrong type', () => {
    const result = parseMessage('catalog.snapshot', {
      seq: 1.5,
      procedures: [],
    });

    expect(result).toEqual(refusal('invalid_type', 'seq'));
  });

  test('procedures sent as an object have the wrong type', () => {
    const result = parseMessage('catalog.snapshot', { seq: 1, procedures: {} });

    expect(result).toEqual(refusal('invalid_type', 'procedures'));
  });

  test('a procedure id in capitals has an invalid format', () => {
    expect(snapshotWith({ id: 'BirthRegistration' })).toEqual(
      refusal('invalid_format', 'procedures.0.id'),
    );
  });

  test('an unknown category is an invalid value', () => {
    expect(snapshotWith({ category: 'tax' })).toEqual(
      refusal('invalid_value', 'procedures.0.category'),
    );
  });

  test('a name without its English label is refused as required', () => {
    expect(snapshotWith({ name: { vi: 'Khai sinh' } })).toEqual(
      refusal('required', 'procedures.0.name.en'),
    );
  });

  test('processing longer than 60 days is too long', () => {
    expect(snapshotWith({ processingDays: 61 })).toEqual(
      refusal('too_long', 'procedures.0.processingDays'),
    );
  });

  test('a negative fee is too short', () => {
    expect(snapshotWith({ feeVnd: -1 })).toEqual(
      refusal('too_short', 'procedures.0.feeVnd'),
    );
  });

  test('a form of 41 fields is too long', () => {
    const fields = Array.from({ length: 41 }, (_, index) => ({
      ...nameField,
      id: `field${String(index)}`,
    }));

    expect(snapshotWith({ fields })).toEqual(
      refusal('too_long', 'procedures.0.fields'),
    );
  });

  test('a field id in snake case has an invalid format', () => {
    expect(fieldWith({ id: 'full_name' })).toEqual(
      refusal('invalid_format', 'procedures.0.fields.0.id'),
    );
  });

  test('an unknown field kind is an invalid value', () => {
    expect(fieldWith({ kind: 'checkbox' })).toEqual(
      refusal('invalid_value', 'procedures.0.fields.0.kind'),
    );
  });

  test('a prefill from a datum the card lacks is an invalid value', () => {
    expect(fieldWith({ prefill: 'phone' })).toEqual(
      refusal('invalid_value', 'procedures.0.fields.0.prefill'),
    );
  });

  test('a field longer than 500 characters is refused, saying no "items"', () => {
    const result = fieldWith({ maxLength: 501 });

    expect(result).toEqual(
      refusal('too_long', 'procedures.0.fields.0.maxLength'),
    );
    expect(result.ok || result.error.message).not.toMatch(/items/);
  });

  test('an option with an empty value is too short', () => {
    const result = snapshotWith({
      fields: [
        {
          ...relationField,
          options: [{ value: '', label: { vi: 'Trống', en: 'Empty' } }],
        },
      ],
    });

    expect(result).toEqual(
      refusal('too_short', 'procedures.0.fields.0.options.0.value'),
    );
  });

  test('an extra key on an attachment is refused with its path', () => {
    const result = snapshotWith({
      attachments: [{ ...procedure.attachments[0], maxPages: 3 }],
    });

    expect(result).toEqual(
      refusal('unknown_field', 'procedures.0.attachments.0.maxPages'),
    );
  });
});

describe('catalog.get', () => {
  test('an empty request parses', () => {
    expect(parseMessage('catalog.get', {})).toEqual({ ok: true, value: {} });
  });

  test('a request with a key is refused as an unknown field', () => {
    expect(parseMessage('catalog.get', { since: 3 })).toEqual(
      refusal('unknown_field', 'since'),
    );
  });
});
