import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierSubmit, Procedure } from '@motcua/protocol';

export function tempDir(prefix = 'motcua-agent-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const RESIDENCE_CONFIRMATION: Procedure = {
  id: 'residence-confirmation',
  code: '1.004200',
  category: 'residence',
  name: {
    vi: 'Xác nhận thông tin về cư trú',
    en: 'Residence information confirmation',
  },
  processingDays: 1,
  feeVnd: 0,
  fields: [
    {
      id: 'fullName',
      kind: 'text',
      label: { vi: 'Họ và tên', en: 'Full name' },
      required: true,
      maxLength: 100,
      prefill: 'fullName',
    },
    {
      id: 'phone',
      kind: 'phone',
      label: { vi: 'Số điện thoại', en: 'Phone number' },
      required: false,
      maxLength: 15,
    },
  ],
  attachments: [],
};

/** A procedure with a fee, paid by VietQR when the ward has an account. */
export const CIVIL_STATUS_COPY: Procedure = {
  ...RESIDENCE_CONFIRMATION,
  id: 'civil-status-copy',
  code: '2.000635',
  category: 'civilStatus',
  name: {
    vi: 'Cấp bản sao trích lục hộ tịch',
    en: 'Copy of a civil status extract',
  },
  feeVnd: 8_000,
};

export function submission(
  overrides: Partial<DossierSubmit> = {},
): DossierSubmit {
  return {
    requestId: '0b9d6f7e-1c1e-4a52-9a43-3f1b7c2d9e01',
    procedureId: 'residence-confirmation',
    language: 'vi',
    applicant: {
      idNumber: '079090001234',
      oldIdNumber: '025123456',
      fullName: 'NGUYỄN VĂN AN',
      dateOfBirth: '1990-03-15',
      sex: 'male',
      address: '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh',
      issueDate: '2021-05-01',
    },
    fields: { fullName: 'NGUYỄN VĂN AN', phone: '0912345678' },
    ...overrides,
  };
}
