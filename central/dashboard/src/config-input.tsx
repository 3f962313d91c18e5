import type { ConfigField } from './config-form';
import type { DashboardKey, Translate } from './i18n';

interface FieldText {
  readonly label: DashboardKey;
  /** The bounds central checks, shown under the field. */
  readonly hint: DashboardKey;
  readonly numeric: boolean;
  /** Blank means central's default (not so for the payee). */
  readonly hasDefault: boolean;
}

const TEXT: Readonly<Record<ConfigField, FieldText>> = {
  idleTimeoutSeconds: {
    label: 'config.idleTimeout',
    hint: 'config.idleTimeoutHint',
    numeric: true,
    hasDefault: true,
  },
  retentionDays: {
    label: 'config.retention',
    hint: 'config.retentionHint',
    numeric: true,
    hasDefault: true,
  },
  'payee.bankBin': {
    label: 'config.bankBin',
    hint: 'config.bankBinHint',
    numeric: true,
    hasDefault: false,
  },
  'payee.accountNumber': {
    label: 'config.accountNumber',
    hint: 'config.accountNumberHint',
    numeric: false,
    hasDefault: false,
  },
  'payee.accountName': {
    label: 'config.accountName',
    hint: 'config.accountNameHint',
    numeric: false,
    hasDefault: false,
  },
};

/** `payee.bankBin` → `config-payee-bankBin`, for ids and test ids. */
function idOf(name: ConfigField): string {
  return `config-${name.replace('.', '-')}`;
}

interface ConfigInputProps {
  readonly name: ConfigField;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Central's refusal of this field, in the staff's language. */
  readonly error: string | undefined;
  readonly t: Translate;
}

/** One editable field: label, input, its bounds and central's refusal. */
export function ConfigInput({
  name,
  value,
  onChange,
  error,
  t,
}: ConfigInputProps) {
  const id = idOf(name);
  const text = TEXT[name];
  return (
    <div className="config-field" data-invalid={error !== undefined}>
      <label htmlFor={id}>{t(text.label)}</label>
      <input
        id={id}
        name={name}
        data-testid={id}
        value={value}
        inputMode={text.numeric ? 'numeric' : 'text'}
        placeholder={text.hasDefault ? t('config.default') : undefined}
        aria-invalid={error !== undefined}
        aria-describedby={`${id}-hint${error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-hint`} className="muted small">
        {t(text.hint)}
      </span>
      {error === undefined ? null : (
        <span
          id={`${id}-error`}
          className="action-error field-error"
          data-testid={`${id}-error`}
        >
          {error}
        </span>
      )}
    </div>
  );
}

interface ConfigValueProps {
  readonly name: ConfigField;
  readonly value: string;
  readonly t: Translate;
}

/** One field for readers: label and value, nothing to change. */
export function ConfigValue({ name, value, t }: ConfigValueProps) {
  const id = idOf(name);
  const text = TEXT[name];
  const blank = text.hasDefault ? t('config.default') : '—';
  const shown = value === '' ? blank : value;
  return (
    <div className="config-field">
      <span className="config-label">{t(text.label)}</span>
      <span className="config-value" data-testid={`${id}-value`}>
        {shown}
      </span>
    </div>
  );
}
