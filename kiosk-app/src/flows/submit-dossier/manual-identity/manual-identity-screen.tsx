import { useSelector } from '@xstate/react';
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { NumericPad } from '../../../keyboard/numeric-pad';
import { OnScreenKeyboard } from '../../../keyboard/on-screen-keyboard';
import { BackButton } from '../../../ui/back-button';
import { CancelButton } from '../../../ui/cancel-button';
import { ScreenLayout } from '../../../ui/screen-layout';
import type { ScreenProps } from '../screen-props';
import type { ManualIdentityMachine } from './machine';
import type { ManualField } from './types';
import { birthDateDisplay } from './validate';

type ManualIdentityActor = ActorRefFrom<ManualIdentityMachine>;
type TypedField = Exclude<ManualField, 'sex'>;

/** Test ids and element ids: kebab case, like the rest of the page. */
const KEBAB: Record<ManualField, string> = {
  idNumber: 'id-number',
  fullName: 'full-name',
  birthDate: 'birth-date',
  sex: 'sex',
};
const MAX_LENGTH: Record<TypedField, number> = {
  idNumber: 12,
  fullName: 100,
  birthDate: 8,
};
const SEXES = ['male', 'female'] as const;

interface ManualIdentityViewProps {
  readonly actor: ManualIdentityActor;
  readonly send: ScreenProps['send'];
}

/** The hand-entry form, with the kiosk's own pad and keyboard. */
export function ManualIdentityView({ actor, send }: ManualIdentityViewProps) {
  const { t } = useTranslation('app');
  const { draft, errors } = useSelector(actor, (s) => s.context);
  const [active, setActive] = useState<TypedField | null>(null);
  const hasErrors = Object.keys(errors).length > 0;

  const change = (field: ManualField, value: string) =>
    send({ type: 'manual.change', field, value });
  const close = () => {
    setActive(null);
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
  };

  useLayoutEffect(() => {
    if (active === null) return;
    document
      .getElementById(`manual-${KEBAB[active]}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const errorOf = (field: ManualField) => {
    const code = errors[field];
    if (code === undefined) return null;
    return (
      <p
        className="form__error"
        id={`manual-error-${KEBAB[field]}`}
        data-testid={`manual-error-${KEBAB[field]}`}
      >
        {t(`manual.errors.${field}.${code}`)}
      </p>
    );
  };

  const input = (field: TypedField, shown: string, placeholder?: string) => (
    <div className="form__field">
      <label className="form__label" htmlFor={`manual-${KEBAB[field]}`}>
        {t(`manual.${field}`)}
      </label>
      <input
        id={`manual-${KEBAB[field]}`}
        data-testid={`manual-${KEBAB[field]}`}
        className="input"
        // The kiosk's pad and keyboard replace the tablet's.
        inputMode="none"
        autoComplete="off"
        placeholder={placeholder}
        value={shown}
        aria-invalid={errors[field] !== undefined}
        aria-describedby={
          errors[field] === undefined
            ? undefined
            : `manual-error-${KEBAB[field]}`
        }
        onFocus={() => setActive(field)}
        onChange={(event) => change(field, event.target.value)}
      />
      {errorOf(field)}
    </div>
  );

  const keyboard =
    active === null ? null : active === 'fullName' ? (
      <OnScreenKeyboard
        key={active}
        mode="letters"
        maxLength={MAX_LENGTH.fullName}
        value={draft.fullName}
        onChange={(text) => change('fullName', text)}
        onClose={close}
      />
    ) : (
      <NumericPad
        key={active}
        value={draft[active]}
        maxLength={MAX_LENGTH[active]}
        onChange={(digits) => change(active, digits)}
        onClose={close}
      />
    );

  return (
    <ScreenLayout
      name="identifying-manual"
      step={2}
      heading={t('manual.heading')}
      lead={t('manual.lead')}
      controls={
        <>
          {keyboard}
          <div className="controls-row">
            <BackButton onBack={() => send({ type: 'resident.back' })} />
            <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
            <button
              type="button"
              className="button button--primary"
              data-testid="manual-submit"
              onClick={() => {
                close();
                send({ type: 'manual.submit' });
              }}
            >
              {t('manual.submit')}
            </button>
          </div>
        </>
      }
    >
      {hasErrors && (
        <p className="error-box" role="alert" data-testid="manual-errors">
          {t('manual.summary')}
        </p>
      )}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'manual.submit' });
        }}
      >
        {input('idNumber', draft.idNumber)}
        {input('fullName', draft.fullName)}
        {input(
          'birthDate',
          birthDateDisplay(draft.birthDate),
          t('form.datePlaceholder'),
        )}
        <div className="form__field">
          <p className="form__label" id="manual-sex-label">
            {t('manual.sex')}
          </p>
          <div
            role="radiogroup"
            aria-labelledby="manual-sex-label"
            className="option-group"
            aria-invalid={errors.sex !== undefined}
          >
            {SEXES.map((sex) => (
              <button
                key={sex}
                type="button"
                role="radio"
                aria-checked={draft.sex === sex}
                className="button option"
                data-testid={`manual-sex-${sex}`}
                onClick={() => {
                  close();
                  change('sex', sex);
                }}
              >
                {t(`sex.${sex}`)}
              </button>
            ))}
          </div>
          {errorOf('sex')}
        </div>
      </form>
      <p className="note">{t('manual.note')}</p>
    </ScreenLayout>
  );
}
