import { describe, expect, it } from 'vitest';
import { RESIDENCE_CONFIRMATION, submission } from '../test-support/fixtures';
import { checkDossier } from './check-dossier';

const catalog = [RESIDENCE_CONFIRMATION];

describe('intake checks', () => {
  it('accepts a complete dossier for an offered procedure', () => {
    const result = checkDossier(submission(), catalog);
    expect(result).toEqual({ ok: true, value: RESIDENCE_CONFIRMATION });
  });

  it('refuses a procedure the kiosk does not offer', () => {
    const result = checkDossier(
      submission({ procedureId: 'land-title' }),
      catalog,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown_procedure', field: 'procedureId' },
    });
  });

  it('refuses an ID number whose sex digit contradicts the card', () => {
    const base = submission();
    const result = checkDossier(
      { ...base, applicant: { ...base.applicant, sex: 'female' } },
      catalog,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'id.century_sex', field: 'applicant.idNumber' },
    });
  });

  it('refuses a missing required field by its path', () => {
    const result = checkDossier(
      submission({ fields: { phone: '0912345678' } }),
      catalog,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'required', field: 'fields.fullName' },
    });
  });

  it('refuses a phone number that is not Vietnamese', () => {
    const result = checkDossier(
      submission({ fields: { fullName: 'AN', phone: '12345' } }),
      catalog,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'phone.format', field: 'fields.phone' },
    });
  });

  it('refuses a field the procedure does not have', () => {
    const result = checkDossier(
      submission({ fields: { fullName: 'AN', favouriteColour: 'red' } }),
      catalog,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown_field', field: 'fields.favouriteColour' },
    });
  });

  it('lets an optional field stay empty', () => {
    const result = checkDossier(
      submission({ fields: { fullName: 'AN', phone: '' } }),
      catalog,
    );
    expect(result.ok).toBe(true);
  });
});

describe('intake checks on documents', () => {
  const withProof = {
    ...RESIDENCE_CONFIRMATION,
    attachments: [
      { id: 'proof', label: { vi: 'Giấy tờ', en: 'Proof' }, required: true },
    ],
  };

  it('refuses a dossier missing a required document', () => {
    expect(checkDossier(submission(), [withProof])).toMatchObject({
      ok: false,
      error: { code: 'attachment.required', field: 'attachments.proof' },
    });
  });

  it('refuses a document the procedure does not ask for', () => {
    const result = checkDossier(
      submission({
        attachments: [
          {
            requirementId: 'photo',
            attachmentId: '0b9d6f7e-1c1e-4a52-9a43-000000000001',
          },
        ],
      }),
      [withProof],
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown_field', field: 'attachments.0.requirementId' },
    });
  });
});
