import type { Procedure } from '@motcua/protocol';
import {
  applicantFields,
  attachment,
  field,
  label,
  phoneField,
} from './fields';

// Residence procedures, handled by the ward police under Circular
// 66/2023/TT-BCA; fees as paid at the counter (Circular 75/2022/TT-BTC).

// Shown instead of a national code that the reference does not give.
const UNKNOWN_CODE = '—';

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
      'newWard',
      'ward',
      label('Phường, xã (TP. Hồ Chí Minh)', 'Ward or commune (HCMC)'),
    ),
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

export const residenceProcedures: Procedure[] = [
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
    fields: residenceForm([
      'Địa chỉ của hộ mới',
      'Address of the new household',
    ]),
    attachments: [
      attachment(
        'headConsent',
        'Ý kiến đồng ý của chủ hộ',
        'Consent of the head of household',
      ),
    ],
  },
];
