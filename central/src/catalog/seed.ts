import type { Procedure } from '@motcua/protocol';
import {
  applicantFields,
  declarantFields,
  field,
  label,
  phoneField,
  sexField,
} from './fields';

// The procedures a ward kiosk offers before staff can edit the catalog.
// Sources, times and fees: shared/reference/domain.md §2 (fees as paid at
// the counter, which is what a kiosk submission is).
//
// TODO(catalog): the marital-status certificate and household business
// registration are left out because their HCMC fees are not known. Codes
// marked "unverified" are not in the reference, and residence confirmation
// has none yet: check them against the national portal before production.

// Shown instead of a national code that the reference does not give.
const UNKNOWN_CODE = '—';

function attachment(
  id: string,
  vi: string,
  en: string,
  required = true,
): Procedure['attachments'][number] {
  return { id, label: label(vi, en), required };
}

const proofOfResidence = attachment(
  'proofOfResidence',
  'Giấy tờ chứng minh chỗ ở hợp pháp',
  'Proof of lawful residence',
);

/** Form CT01 (Circular 66/2023/TT-BCA), shared by residence procedures. */
function residenceForm(addressLabel: [string, string]) {
  return [
    ...applicantFields(),
    phoneField(),
    field('newAddress', 'text', label(...addressLabel), { maxLength: 300 }),
    field(
      'householdHeadName',
      'text',
      label('Họ tên chủ hộ', 'Head of household'),
      { maxLength: 100 },
    ),
    field(
      'relationshipToHead',
      'text',
      label('Quan hệ với chủ hộ', 'Relationship to the head of household'),
      { maxLength: 60 },
    ),
    field('request', 'longText', label('Nội dung đề nghị', 'Request'), {
      required: false,
    }),
  ];
}

export const seedProcedures: Procedure[] = [
  {
    id: 'residence-confirmation',
    code: UNKNOWN_CODE,
    category: 'residence',
    name: label(
      'Xác nhận thông tin về cư trú',
      'Residence information confirmation',
    ),
    processingDays: 1,
    feeVnd: 0,
    fields: [
      ...applicantFields(),
      phoneField(),
      field('purpose', 'longText', label('Mục đích sử dụng', 'Purpose'), {
        required: false,
      }),
    ],
    attachments: [],
  },
  {
    id: 'temporary-residence',
    code: '1.004194',
    category: 'residence',
    name: label('Đăng ký tạm trú', 'Temporary residence registration'),
    processingDays: 3,
    feeVnd: 15_000,
    fields: residenceForm(['Địa chỉ tạm trú', 'Temporary address']),
    attachments: [proofOfResidence],
  },
  {
    id: 'temporary-residence-extension',
    code: '1.002755',
    category: 'residence',
    name: label('Gia hạn tạm trú', 'Temporary residence extension'),
    processingDays: 3,
    feeVnd: 15_000,
    fields: residenceForm(['Địa chỉ tạm trú', 'Temporary address']),
    attachments: [proofOfResidence],
  },
  {
    id: 'permanent-residence',
    code: '1.004222',
    category: 'residence',
    name: label('Đăng ký thường trú', 'Permanent residence registration'),
    processingDays: 7,
    feeVnd: 20_000,
    fields: residenceForm(['Địa chỉ thường trú mới', 'New permanent address']),
    attachments: [proofOfResidence],
  },
  {
    id: 'household-split',
    code: '1.010038',
    category: 'residence',
    name: label('Tách hộ', 'Household split'),
    processingDays: 5,
    feeVnd: 10_000,
    fields: residenceForm(['Địa chỉ của hộ mới', 'Address of the new household']),
    attachments: [
      attachment(
        'headConsent',
        'Ý kiến đồng ý của chủ hộ',
        'Consent of the head of household',
      ),
    ],
  },
  {
    id: 'birth-registration',
    code: '1.001193',
    category: 'civilStatus',
    name: label('Đăng ký khai sinh', 'Birth registration'),
    processingDays: 0,
    feeVnd: 0,
    fields: [
      field('childName', 'text', label('Họ tên trẻ', 'Child’s full name'), {
        maxLength: 100,
      }),
      sexField('childSex', label('Giới tính của trẻ', 'Child’s sex')),
      field('childDateOfBirth', 'date', label('Ngày sinh', 'Date of birth')),
      field('placeOfBirth', 'text', label('Nơi sinh', 'Place of birth')),
      field('ethnicity', 'text', label('Dân tộc', 'Ethnicity'), {
        maxLength: 40,
      }),
      field('hometown', 'text', label('Quê quán', 'Hometown')),
      field('motherName', 'text', label('Họ tên mẹ', 'Mother’s name'), {
        maxLength: 100,
        required: false,
      }),
      field('fatherName', 'text', label('Họ tên cha', 'Father’s name'), {
        maxLength: 100,
        required: false,
      }),
      ...declarantFields(),
      phoneField(),
    ],
    attachments: [
      attachment(
        'birthCertificate',
        'Giấy chứng sinh (hoặc văn bản của người làm chứng)',
        'Birth certificate (or a witness statement)',
      ),
    ],
  },
  {
    id: 'marriage-registration',
    code: '1.000894',
    category: 'civilStatus',
    name: label('Đăng ký kết hôn', 'Marriage registration'),
    processingDays: 0,
    feeVnd: 0,
    fields: [
      ...applicantFields(),
      field('partnerName', 'text', label('Họ tên bên kia', 'Partner’s name'), {
        maxLength: 100,
      }),
      field(
        'partnerIdNumber',
        'idNumber',
        label('Số định danh bên kia', 'Partner’s ID number'),
      ),
      field(
        'partnerDateOfBirth',
        'date',
        label('Ngày sinh bên kia', 'Partner’s date of birth'),
      ),
      field(
        'partnerAddress',
        'text',
        label('Nơi cư trú bên kia', 'Partner’s residence'),
        { maxLength: 300 },
      ),
      phoneField(),
    ],
    attachments: [],
  },
  {
    id: 'death-registration',
    code: '1.000656',
    category: 'civilStatus',
    name: label('Đăng ký khai tử', 'Death registration'),
    processingDays: 0,
    feeVnd: 0,
    fields: [
      field(
        'deceasedName',
        'text',
        label('Họ tên người chết', 'Deceased’s full name'),
        { maxLength: 100 },
      ),
      field(
        'deceasedIdNumber',
        'idNumber',
        label('Số định danh người chết', 'Deceased’s ID number'),
        { required: false },
      ),
      field('dateOfDeath', 'date', label('Ngày chết', 'Date of death')),
      field('placeOfDeath', 'text', label('Nơi chết', 'Place of death')),
      field('causeOfDeath', 'text', label('Nguyên nhân chết', 'Cause of death')),
      ...declarantFields(),
      phoneField(),
    ],
    attachments: [
      attachment('deathNotice', 'Giấy báo tử', 'Death notice'),
    ],
  },
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
