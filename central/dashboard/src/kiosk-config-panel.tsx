import { useEffect, useState } from 'react';
import type { KioskConfigView } from '../../src/views';
import type { Api } from './api';
import { ApiError, errorCode } from './api';
import type { ConfigField, ConfigForm } from './config-form';
import { changeOf, fieldOf, formOf } from './config-form';
import { ConfigInput, ConfigValue } from './config-input';
import type { DashboardKey, Translate } from './i18n';

interface KioskConfigPanelProps {
  readonly kioskId: string;
  readonly api: Api;
  /** Admins change the configuration; operators read it. */
  readonly canEdit: boolean;
  readonly t: Translate;
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: string }
  | { readonly kind: 'ready'; readonly view: KioskConfigView };

type Outcome =
  | { readonly kind: 'saved'; readonly pushed: number }
  | { readonly kind: 'error'; readonly code: string; readonly field?: string }
  | { readonly kind: 'unchanged' };

/** Idle timeout, retention and the ward's fee account of one kiosk. */
export function KioskConfigPanel(props: KioskConfigPanelProps) {
  const { kioskId, api, canEdit, t } = props;
  const path = `/api/kiosks/${encodeURIComponent(kioskId)}/config`;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [form, setForm] = useState<ConfigForm | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api.get<KioskConfigView>(path).then(
      (view) => {
        if (cancelled) return;
        setLoad({ kind: 'ready', view });
        setForm(formOf(view));
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ kind: 'failed', code: errorCode(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, path]);

  const title = <h3 id="config-title">{t('config.title')}</h3>;
  if (load.kind !== 'ready' || form === undefined) {
    return (
      <section className="detail-block" aria-labelledby="config-title">
        {title}
        <p className={load.kind === 'failed' ? 'action-error' : 'muted'}>
          {load.kind === 'failed'
            ? t('config.loadFailed', { code: load.code })
            : t('common.loading')}
        </p>
      </section>
    );
  }

  const saved = formOf(load.view);
  const save = () => {
    const change = changeOf(saved, form);
    if (Object.keys(change).length === 0) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setSaving(true);
    api
      .put<KioskConfigView & { pushed: unknown[] }>(path, change)
      .then(({ pushed, ...view }) => {
        setLoad({ kind: 'ready', view });
        setForm(formOf(view));
        setOutcome({ kind: 'saved', pushed: pushed.length });
      })
      .catch((error: unknown) => {
        const field = error instanceof ApiError ? error.field : undefined;
        setOutcome({ kind: 'error', code: errorCode(error), field });
      })
      .finally(() => setSaving(false));
  };

  const errorField =
    outcome?.kind === 'error' ? fieldOf(outcome.field) : undefined;
  const errorText =
    outcome?.kind === 'error' ? describeError(outcome.code, t) : undefined;
  const field = (name: ConfigField) =>
    canEdit ? (
      <ConfigInput
        name={name}
        value={form[name]}
        onChange={(value) => setForm({ ...form, [name]: value })}
        error={errorField === name ? errorText : undefined}
        t={t}
      />
    ) : (
      <ConfigValue name={name} value={form[name]} t={t} />
    );

  return (
    <section
      className="detail-block"
      aria-labelledby="config-title"
      data-testid="kiosk-config"
      data-editable={canEdit ? 'true' : 'false'}
    >
      {title}
      <p className="muted small">
        {canEdit ? t('config.hint') : t('config.readOnly')}
      </p>
      <form
        className="config-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {field('idleTimeoutSeconds')}
        {field('retentionDays')}
        <fieldset className="config-payee">
          <legend>{t('config.payee', { ward: load.view.ward })}</legend>
          {field('payee.bankBin')}
          {field('payee.accountNumber')}
          {field('payee.accountName')}
        </fieldset>
        {canEdit ? (
          <button
            type="submit"
            className="primary-button"
            disabled={saving}
            data-testid="config-save"
          >
            {t('config.save')}
          </button>
        ) : null}
      </form>
      <p role="status" aria-live="polite" className="command-result">
        {outcome?.kind === 'saved' ? (
          <span data-testid="config-result" data-status="saved">
            {t('config.saved', { count: outcome.pushed })}
          </span>
        ) : outcome?.kind === 'unchanged' ? (
          <span data-testid="config-result" data-status="unchanged">
            {t('config.unchanged')}
          </span>
        ) : outcome?.kind === 'error' && errorField === undefined ? (
          <span
            className="action-error"
            data-testid="config-result"
            data-status="error"
          >
            {errorText}
          </span>
        ) : null}
      </p>
    </section>
  );
}

const ERRORS: Readonly<Record<string, DashboardKey>> = {
  invalid_format: 'config.errors.invalidFormat',
  invalid_type: 'config.errors.invalidType',
  too_short: 'config.errors.tooShort',
  too_long: 'config.errors.tooLong',
  required: 'config.errors.required',
  unknown_field: 'config.errors.unknownField',
  'auth.forbidden': 'config.errors.forbidden',
};

/** Central's error code in the staff's words. */
function describeError(code: string, t: Translate): string {
  const key = ERRORS[code];
  return key === undefined ? t('config.errors.other', { code }) : t(key);
}
