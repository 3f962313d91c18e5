import { useTranslation } from 'react-i18next';
import { CancelButton } from '../../ui/cancel-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import { findProcedure } from './form';
import { FormFieldInput } from './form-field-input';
import type { ScreenProps } from './screen-props';

export function FillingFormScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const {
    procedures,
    procedureId,
    values,
    fieldErrors,
    submitError,
    language,
  } = snapshot.context;
  const procedure = findProcedure(procedures, procedureId);
  const hasErrors = Object.keys(fieldErrors).length > 0;

  return (
    <ScreenLayout
      name="form"
      step={4}
      heading={procedure?.name[language] ?? t('form.heading')}
      lead={t('form.lead')}
      controls={
        <div className="controls-row">
          <button
            type="button"
            className="button"
            data-testid="back"
            onClick={() => send({ type: 'resident.back' })}
          >
            {t('actions.back')}
          </button>
          <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
          <button
            type="button"
            className="button button--primary"
            data-testid="form-next"
            onClick={() => send({ type: 'resident.next' })}
          >
            {t('actions.next')}
          </button>
        </div>
      }
    >
      {(hasErrors || submitError !== null) && (
        <div className="error-box" role="alert" data-testid="form-errors">
          {submitError !== null ? errorText(submitError) : t('form.summary')}
        </div>
      )}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'resident.next' });
        }}
      >
        {procedure?.fields.map((field) => {
          const error = fieldErrors[field.id];
          return (
            <div key={field.id} className="form__field">
              <label className="form__label" htmlFor={`input-${field.id}`}>
                {field.label[language]}
                {field.required && (
                  <span className="form__required">
                    {' '}
                    ({t('form.required')})
                  </span>
                )}
              </label>
              <FormFieldInput
                field={field}
                value={values[field.id] ?? ''}
                language={language}
                invalid={error !== undefined}
                onChange={(value) =>
                  send({
                    type: 'resident.changeField',
                    fieldId: field.id,
                    value,
                  })
                }
              />
              {error !== undefined && (
                <p
                  className="form__error"
                  id={`error-${field.id}`}
                  data-testid={`field-error-${field.id}`}
                >
                  {errorText(error)}
                </p>
              )}
            </div>
          );
        })}
      </form>
    </ScreenLayout>
  );
}
