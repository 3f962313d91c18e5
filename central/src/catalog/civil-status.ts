import type { Procedure } from '@motcua/protocol';
import {
  applicantFields,
  attachment,
  declarantFields,
  field,
  label,
  phoneField,
  sexField,
} from './fields';

// Civil-status procedures: free when registered on time (Civil Status Law
// art. 11); same day unless checks are needed.

export const civilStatusProcedures: Procedure[] = [
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
      field(
        'hometownProvince',
        'province',
        label('Tỉnh, thành phố của quê quán', 'Province of the hometown'),
        { required: false },
      ),
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
      field(
        'causeOfDeath',
        'text',
        label('Nguyên nhân chết', 'Cause of death'),
      ),
      ...declarantFields(),
      phoneField(),
    ],
    attachments: [attachment('deathNotice', 'Giấy báo tử', 'Death notice')],
  },
];
