import type { Procedure } from '@motcua/protocol';
import { applicantFields, attachment, field, label } from './fields';
import { civilStatusProcedures } from './civil-status';
import { residenceProcedures } from './residence';

// The procedures a ward kiosk offers before staff can edit the catalog.
// Sources, times and fees: shared/reference/domain.md §2 (fees as paid at
// the counter, which is what a kiosk submission is).
//
// TODO(catalog): the marital-status certificate and household business
// registration are left out because their HCMC fees are not known. Codes
// marked "unverified" are not in the reference, and residence confirmation
// has none yet: check them against the national portal before production.

const certificationProcedures: Procedure[] = [
  {
    id: 'certified-copy',
    code: '2.000815', // unverified
    category: 'certification',
    name: label('Chứng thực bản sao từ bản chính', 'Certified copy'),
    processingDays: 0,
    // TODO(catalog): the fee is per page (2,000 VND, 1,000 VND from page 3,
    // at most 200,000 VND) and the schema has one amount; this is page one.
    feeVnd: 2_000,
    fields: [
      ...applicantFields().slice(0, 2),
      field(
        'documentName',
        'text',
        label('Tên giấy tờ cần chứng thực', 'Document to certify'),
      ),
      field('copies', 'text', label('Số bản sao', 'Number of copies'), {
        maxLength: 3,
      }),
    ],
    attachments: [
      attachment('original', 'Bản chính', 'Original document'),
      attachment('copies', 'Bản sao cần chứng thực', 'Copies to certify'),
    ],
  },
  {
    id: 'signature-certification',
    code: '2.000884', // unverified
    category: 'certification',
    name: label('Chứng thực chữ ký', 'Signature certification'),
    processingDays: 0,
    feeVnd: 10_000,
    fields: [
      ...applicantFields().slice(0, 2),
      field(
        'documentName',
        'text',
        label('Tên giấy tờ cần ký', 'Document to be signed'),
      ),
    ],
    attachments: [
      attachment('document', 'Giấy tờ cần chứng thực chữ ký', 'The document'),
    ],
  },
];

export const seedProcedures: Procedure[] = [
  ...residenceProcedures,
  ...civilStatusProcedures,
  ...certificationProcedures,
];
