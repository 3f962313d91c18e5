import type { FormField, Language } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';
import { HCMC_UNITS, PROVINCES } from '../../pick-lists';
import { PickListField } from '../../pick-lists/pick-list-field';
import { fromDisplayDate, isSexField, toDisplayDate } from './form';

interface FormFieldInputProps {
  readonly field: FormField;
  readonly value: string;
  readonly language: Language;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}

const SEXES = ['male', 'female'] as const;

/** One input for one catalog field, chosen by the field's kind. */
export function FormFieldInput(props: FormFieldInputProps) {
  const { t } = useTranslation('app');
  const { field, value, language, invalid, onChange } = props;
  const common = {
    id: `input-${field.id}`,
    'data-testid': `field-${field.id}`,
    'aria-invalid': invalid,
    'aria-describedby': invalid ? `error-${field.id}` : undefined,
    'aria-required': field.required,
  };

  if (isSexField(field) || field.kind === 'select') {
    const options = isSexField(field)
      ? SEXES.map((sex) => ({ value: sex, text: t(`sex.${sex}`) }))
      : (field.options ?? []).map((option) => ({
          value: option.value,
          text: option.label[language],
        }));
    return (
      <div role="radiogroup" className="option-group" {...common}>
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={value === option.value}
            className="button option"
            data-testid={`field-${field.id}-${option.value}`}
            onClick={() => onChange(option.value)}
          >
            {option.text}
          </button>
        ))}
      </div>
    );
  }

  switch (field.kind) {
    case 'province':
    case 'ward':
      return (
        <PickListField
          id={common.id}
          testId={common['data-testid']}
          title={field.label[language]}
          options={field.kind === 'ward' ? HCMC_UNITS : PROVINCES}
          value={value}
          invalid={invalid}
          describedBy={common['aria-describedby']}
          onChange={onChange}
        />
      );
    case 'longText':
      return (
        <textarea
          className="input input--long"
          rows={3}
          maxLength={field.maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...common}
        />
      );
    case 'date':
      return (
        <input
          className="input"
          inputMode="numeric"
          placeholder={t('form.datePlaceholder')}
          maxLength={10}
          value={toDisplayDate(value)}
          onChange={(event) => onChange(fromDisplayDate(event.target.value))}
          {...common}
        />
      );
    case 'phone':
    case 'idNumber':
      return (
        <input
          className="input"
          inputMode={field.kind === 'phone' ? 'tel' : 'numeric'}
          maxLength={field.kind === 'phone' ? 10 : 12}
          value={value}
          onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
          {...common}
        />
      );
    case 'text':
      return (
        <input
          className="input"
          maxLength={field.maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...common}
        />
      );
  }
}
