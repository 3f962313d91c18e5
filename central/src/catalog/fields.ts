import type { FormField, Localized, Procedure } from '@motcua/protocol';

// Building blocks for the seed catalog: the fields most procedures share,
// pre-filled from the citizen ID card wherever the card knows the answer.

export function label(vi: string, en: string): Localized {
  return { vi, en };
}

export function field(
  id: string,
  kind: FormField['kind'],
  name: Localized,
  options: { required?: boolean; maxLength?: number } = {},
): FormField {
  return {
    id,
    kind,
    label: name,
    required: options.required ?? true,
    maxLength: options.maxLength ?? defaultMaxLength(kind),
  };
}

function defaultMaxLength(kind: FormField['kind']): number {
  switch (kind) {
    case 'date':
      return 10;
    case 'phone':
      return 15;
    case 'idNumber':
      return 12;
    case 'select':
      return 20;
    case 'province':
      return 2;
    case 'ward':
      return 5;
    case 'longText':
      return 500;
    case 'text':
      return 200;
  }
}

const SEX_OPTIONS = [
  { value: 'male', label: label('Nam', 'Male') },
  { value: 'female', label: label('Nữ', 'Female') },
];

export function sexField(id: string, name: Localized): FormField {
  return { ...field(id, 'select', name), options: SEX_OPTIONS };
}

/** The resident's own identity, every field taken from the card. */
export function applicantFields(): FormField[] {
  return [
    {
      ...field('fullName', 'text', label('Họ, chữ đệm và tên', 'Full name'), {
        maxLength: 100,
      }),
      prefill: 'fullName',
    },
    {
      ...field(
        'idNumber',
        'idNumber',
        label('Số định danh cá nhân', 'ID number'),
      ),
      prefill: 'idNumber',
    },
    {
      ...field('dateOfBirth', 'date', label('Ngày sinh', 'Date of birth')),
      prefill: 'dateOfBirth',
    },
    { ...sexField('sex', label('Giới tính', 'Sex')), prefill: 'sex' },
    {
      ...field(
        'address',
        'text',
        label('Nơi thường trú', 'Permanent address'),
        {
          maxLength: 300,
        },
      ),
      prefill: 'address',
    },
  ];
}

/** The person declaring on someone else's behalf: name and ID from the card. */
export function declarantFields(): FormField[] {
  return [
    {
      ...field(
        'declarantName',
        'text',
        label('Họ tên người đi khai', 'Declarant’s full name'),
        { maxLength: 100 },
      ),
      prefill: 'fullName',
    },
    {
      ...field(
        'declarantIdNumber',
        'idNumber',
        label('Số định danh người đi khai', 'Declarant’s ID number'),
      ),
      prefill: 'idNumber',
    },
    field(
      'declarantRelationship',
      'text',
      label('Quan hệ với người được khai', 'Relationship to the person'),
      { maxLength: 60 },
    ),
  ];
}

export function phoneField(): FormField {
  return field('phone', 'phone', label('Số điện thoại', 'Phone number'), {
    required: false,
  });
}

export function attachment(
  id: string,
  vi: string,
  en: string,
  required = true,
): Procedure['attachments'][number] {
  return { id, label: label(vi, en), required };
}
