import { describe, expect, test } from 'vitest';
import { DOSSIER_CODE_PATTERN } from './dossier';
import { parseMessage } from './messages';

const applicant = {
  idNumber: '079090001234',
  fullName: 'Trần Thị Bích',
  dateOfBirth: '1988-11-02',
  sex: 'female',
  address: '45 Nguyễn Trãi, Phường Bến Thành',
};

const submit = {
  requestId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  procedureId: 'residence-confirmation',
  language: 'vi',
  applicant,
  fields: { phone: '0912345678', purpose: 'Xác nhận cư trú' },
};

const receipt = {
  dossierId: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
  dossierCode: '000.00.00.H29-261203-0001',
  receivedAt: '2026-12-03T02:15:00Z',
  returnDate: '2026-12-08',
  print: 'printed',
};

const record = {
  id: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
  code: '000.00.00.H29-261203-0001',
  kioskId: 'ben-thanh-01',
  procedureId: 'residence-confirmation',
  language: 'en',
  receivedAt: '2026-12-03T09:15:00+07:00',
  returnDate: '2026-12-08',
  applicant,
  fields: {},
};

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

function submitWith(changes: Record<string, unknown>) {
  return parseMessage('dossier.submit', { ...submit, ...changes });
}

function manyFields(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`field${String(index)}`, 'x']),
  );
}

describe('dossier code', () => {
  test('the example from the circular matches the pattern', () => {
    expect(DOSSIER_CODE_PATTERN.test('000.00.00.H29-261203-0001')).toBe(true);
  });

  test('a code without its agency part does not match', () => {
    expect(DOSSIER_CODE_PATTERN.test('H29-261203-0001')).toBe(false);
  });
});

describe('dossier.submit', () => {
  test('a complete submission parses unchanged', () => {
    expect(parseMessage('dossier.submit', submit)).toEqual({
      ok: true,
      value: submit,
    });
  });

  test('form values and the name typed in NFD come out in NFC', () => {
    const result = submitWith({
      applicant: {
        ...applicant,
        fullName: applicant.fullName.normalize('NFD'),
      },
      fields: { purpose: 'Xác nhận cư trú'.normalize('NFD') },
    });

    expect(result.ok && result.value.applicant.fullName).toBe(
      'Trần Thị Bích'.normalize('NFC'),
    );
    expect(result.ok && result.value.fields['purpose']).toBe(
      'Xác nhận cư trú'.normalize('NFC'),
    );
  });

  test('a form of exactly 40 fields is accepted', () => {
    expect(submitWith({ fields: manyFields(40) })).toMatchObject({ ok: true });
  });

  test('a form of 41 fields is too long', () => {
    expect(submitWith({ fields: manyFields(41) })).toEqual(
      refusal('too_long', 'fields'),
    );
  });

  test('a missing applicant name is refused as required at its path', () => {
    const { fullName: _omitted, ...withoutName } = applicant;

    expect(submitWith({ applicant: withoutName })).toEqual(
      refusal('required', 'applicant.fullName'),
    );
  });

  test('an applicant name of 101 characters is too long', () => {
    expect(
      submitWith({ applicant: { ...applicant, fullName: 'B'.repeat(101) } }),
    ).toEqual(refusal('too_long', 'applicant.fullName'));
  });

  test('a phone number added to the applicant is an unknown field', () => {
    expect(
      submitWith({ applicant: { ...applicant, phone: '0912345678' } }),
    ).toEqual(refusal('unknown_field', 'applicant.phone'));
  });

  test('an extra top-level key is an unknown field', () => {
    expect(submitWith({ priority: 'high' })).toEqual(
      refusal('unknown_field', 'priority'),
    );
  });

  test('a request id that is not a UUID has an invalid format', () => {
    expect(submitWith({ requestId: 'retry-1' })).toEqual(
      refusal('invalid_format', 'requestId'),
    );
  });

  test('a missing request id is refused as required', () => {
    const { requestId: _omitted, ...withoutId } = submit;

    expect(parseMessage('dossier.submit', withoutId)).toEqual(
      refusal('required', 'requestId'),
    );
  });

  test('a language the kiosk does not offer is an invalid value', () => {
    expect(submitWith({ language: 'fr' })).toEqual(
      refusal('invalid_value', 'language'),
    );
  });

  test('a form field id in capitals is refused at that field', () => {
    expect(submitWith({ fields: { Purpose: 'x' } })).toEqual(
      refusal('invalid_value', 'fields.Purpose'),
    );
  });

  test('a form value of 501 characters is too long', () => {
    expect(submitWith({ fields: { purpose: 'x'.repeat(501) } })).toEqual(
      refusal('too_long', 'fields.purpose'),
    );
  });

  test('a form value with a line break is a control character', () => {
    expect(submitWith({ fields: { purpose: 'one\ntwo' } })).toEqual(
      refusal('control_character', 'fields.purpose'),
    );
  });

  test('a form value sent as a number has the wrong type', () => {
    expect(submitWith({ fields: { phone: 912345678 } })).toEqual(
      refusal('invalid_type', 'fields.phone'),
    );
  });
});

describe('dossier.submitted', () => {
  test('a committed answer with its receipt parses unchanged', () => {
    const input = { ok: true, receipt };

    expect(parseMessage('dossier.submitted', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('a refusal answer with its error parses unchanged', () => {
    const input = {
      ok: false,
      error: { code: 'procedure_unknown', message: 'Not offered here' },
    };

    expect(parseMessage('dossier.submitted', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('a receipt with a malformed dossier code has an invalid format', () => {
    const result = parseMessage('dossier.submitted', {
      ok: true,
      receipt: { ...receipt, dossierCode: '000.00.00.h29-261203-1' },
    });

    expect(result).toEqual(refusal('invalid_format', 'receipt.dossierCode'));
  });

  test('a return date of 30 February has an invalid format', () => {
    const result = parseMessage('dossier.submitted', {
      ok: true,
      receipt: { ...receipt, returnDate: '2026-02-30' },
    });

    expect(result).toEqual(refusal('invalid_format', 'receipt.returnDate'));
  });

  test('a receipt time without an offset has an invalid format', () => {
    const result = parseMessage('dossier.submitted', {
      ok: true,
      receipt: { ...receipt, receivedAt: '2026-12-03T09:15:00' },
    });

    expect(result).toEqual(refusal('invalid_format', 'receipt.receivedAt'));
  });

  test('an unknown print outcome is an invalid value', () => {
    const result = parseMessage('dossier.submitted', {
      ok: true,
      receipt: { ...receipt, print: 'jammed' },
    });

    expect(result).toEqual(refusal('invalid_value', 'receipt.print'));
  });

  test('an answer whose ok is not a boolean matches no shape', () => {
    const result = parseMessage('dossier.submitted', { ok: 'yes', receipt });

    expect(result).toEqual(refusal('invalid_value', 'ok'));
  });

  test('a refusal answer without its error is refused as required', () => {
    const result = parseMessage('dossier.submitted', { ok: false });

    expect(result).toEqual(refusal('required', 'error'));
  });
});

describe('dossier.deliver', () => {
  test('a delivery of one record parses unchanged', () => {
    const input = {
      msgId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      dossier: record,
    };

    expect(parseMessage('dossier.deliver', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('a record with a malformed dossier code has an invalid format', () => {
    const result = parseMessage('dossier.deliver', {
      msgId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      dossier: { ...record, code: 'H29-261203-0001' },
    });

    expect(result).toEqual(refusal('invalid_format', 'dossier.code'));
  });

  test('a record with an empty kiosk id is too short', () => {
    const result = parseMessage('dossier.deliver', {
      msgId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      dossier: { ...record, kioskId: '' },
    });

    expect(result).toEqual(refusal('too_short', 'dossier.kioskId'));
  });

  test('a delivery without its message id is refused as required', () => {
    const result = parseMessage('dossier.deliver', { dossier: record });

    expect(result).toEqual(refusal('required', 'msgId'));
  });
});

describe('dossier.delivered', () => {
  test('a duplicate acknowledgement parses unchanged', () => {
    const input = { ok: true, dossierId: record.id, duplicate: true };

    expect(parseMessage('dossier.delivered', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('a final refusal parses unchanged', () => {
    const input = {
      ok: false,
      error: { code: 'procedure_unknown', message: 'Retired procedure' },
      retryable: false,
    };

    expect(parseMessage('dossier.delivered', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('an acknowledgement without the duplicate flag is refused', () => {
    const result = parseMessage('dossier.delivered', {
      ok: true,
      dossierId: record.id,
    });

    expect(result).toEqual(refusal('required', 'duplicate'));
  });

  test('a refusal carrying a dossier id is an unknown field', () => {
    const result = parseMessage('dossier.delivered', {
      ok: false,
      error: { code: 'x', message: 'y' },
      retryable: true,
      dossierId: record.id,
    });

    expect(result).toEqual(refusal('unknown_field', 'dossierId'));
  });
});
