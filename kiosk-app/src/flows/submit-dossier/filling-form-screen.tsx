import type { FormField } from '@motcua/protocol';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyboardMode } from '../../keyboard/keyboard-model';
import { OnScreenKeyboard } from '../../keyboard/on-screen-keyboard';
import { CancelButton } from '../../ui/cancel-button';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import {
  findProcedure,
  fromDisplayDate,
  isSexField,
  toDisplayDate,
} from './form';
import { FormFieldInput } from './form-field-input';
import type { ScreenProps } from './screen-props';

/** How the on-screen keyboard edits one field's stored value. */
interface KeyboardBinding {
  readonly mode: KeyboardMode;
  readonly maxLength: number;
  readonly toText: (value: string) => string;
  readonly fromText: (text: string) => string;
}

const same = (text: string) => text;
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** `15031990` → `15/03/1990`, and partial input the same way. */
function withSlashes(digits: string): string {
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)]
    .filter((part) => part !== '')
    .join('/');
}

/** The keyboard a field gets; buttons (sex, select) get none. */
function keyboardFor(field: FormField): KeyboardBinding | null {
  if (isSexField(field)) return null;
  switch (field.kind) {
    case 'text':
    case 'longText':
      return {
        mode: 'letters',
        maxLength: field.maxLength,
        toText: same,
        fromText: same,
      };
    case 'phone':
    case 'idNumber':
      return {
        mode: 'digits',
        maxLength: field.kind === 'phone' ? 10 : 12,
        toText: same,
        fromText: digitsOf,
      };
    case 'date':
      return {
        mode: 'digits',
        maxLength: 8,
        toText: (value) => digitsOf(toDisplayDate(value)),
        fromText: (digits) => fromDisplayDate(withSlashes(digits)),
      };
    case 'select':
    case 'province':
    case 'ward':
      // Buttons and pick-lists need no keyboard.
      return null;
  }
}

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
  const formRef = useRef<HTMLFormElement>(null);
  const [activeFieldId, setActiveFieldId] = useState<string | null>(null);
  const activeField = procedure?.fields.find(
    (field) => field.id === activeFieldId,
  );
  const binding = activeField === undefined ? null : keyboardFor(activeField);

  // The kiosk's own keyboard replaces the tablet's. TODO(form-field-input):
  // pass inputMode to FormFieldInput as a prop instead; this change was
  // limited to the screen file, so it sets the attribute after each render.
  useLayoutEffect(() => {
    formRef.current
      ?.querySelectorAll<HTMLElement>('input, textarea')
      .forEach((element) => (element.inputMode = 'none'));
  });

  // Keep the field being typed into visible above the keyboard.
  useLayoutEffect(() => {
    if (activeFieldId === null) return;
    document
      .getElementById(`input-${activeFieldId}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [activeFieldId]);

  const changeField = (fieldId: string, value: string) =>
    send({ type: 'resident.changeField', fieldId, value });

  const closeKeyboard = () => {
    setActiveFieldId(null);
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
  };

  return (
    <ScreenLayout
      name="form"
      step={4}
      heading={procedure?.name[language] ?? t('form.heading')}
      lead={t('form.lead')}
      controls={
        <>
          {activeField !== undefined && binding !== null && (
            <OnScreenKeyboard
              key={activeField.id}
              mode={binding.mode}
              maxLength={binding.maxLength}
              value={binding.toText(values[activeField.id] ?? '')}
              onChange={(text) =>
                changeField(activeField.id, binding.fromText(text))
              }
              onClose={closeKeyboard}
            />
          )}
          <div className="controls-row">
            <BackButton onBack={() => send({ type: 'resident.back' })} />
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
        </>
      }
    >
      {(hasErrors || submitError !== null) && (
        <div className="error-box" role="alert" data-testid="form-errors">
          {submitError !== null ? errorText(submitError) : t('form.summary')}
        </div>
      )}
      <form
        ref={formRef}
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'resident.next' });
        }}
      >
        {procedure?.fields.map((field) => {
          const error = fieldErrors[field.id];
          return (
            <div
              key={field.id}
              className="form__field"
              // Focusing a button or a pick-list leaves the keyboard as it
              // is: closing it would move the button under the finger
              // between touch and click.
              onFocus={() => {
                if (keyboardFor(field) !== null) setActiveFieldId(field.id);
              }}
            >
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
                onChange={(value) => changeField(field.id, value)}
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
