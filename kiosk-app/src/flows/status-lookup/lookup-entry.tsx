import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { OnScreenKeyboard } from '../../keyboard/on-screen-keyboard';
import { CODE_LENGTH, CODE_TEMPLATE } from './code-input';
import { lookupErrorKey } from './lookup-errors';
import type { StatusLookupMachine } from './machine';

interface LookupEntryProps {
  readonly actor: ActorRefFrom<StatusLookupMachine>;
}

/** The code as typed or scanned so far, and why a lookup failed. */
export function LookupEntry({ actor }: LookupEntryProps) {
  const { t } = useTranslation('app');
  const snapshot = useSelector(actor, (s) => s);
  const { code, error } = snapshot.context;
  const type = (text: string) =>
    actor.send({ type: 'resident.typeCode', text });

  return (
    <div className="lookup">
      <p className="notice">{t('lookup.scanHint')}</p>
      <label className="form__label" htmlFor="lookup-code">
        {t('lookup.codeLabel')}
      </label>
      <input
        id="lookup-code"
        className="input input--long lookup__code"
        data-testid="lookup-code-input"
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        placeholder={CODE_TEMPLATE.replaceAll('9', '0').replace('A', 'H')}
        maxLength={CODE_LENGTH}
        value={code}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : 'lookup-error'}
        onChange={(event) => type(event.target.value)}
      />
      {error !== null && (
        <p
          id="lookup-error"
          className="error-box"
          role="alert"
          data-testid="lookup-error"
          data-code={error.code}
        >
          {t(lookupErrorKey(error))}
        </p>
      )}
    </div>
  );
}

/**
 * The keyboard and the lookup button, in the lower part of the screen
 * where every resident can reach them.
 */
export function LookupKeys({ actor }: LookupEntryProps) {
  const { t } = useTranslation('app');
  const snapshot = useSelector(actor, (s) => s);
  const { code } = snapshot.context;
  const busy = snapshot.matches('lookingUp');
  const type = (text: string) =>
    actor.send({ type: 'resident.typeCode', text });

  return (
    <>
      {busy ? (
        <p className="waiting" aria-live="polite" data-testid="lookup-busy">
          {t('lookup.busy')}
        </p>
      ) : (
        <>
          <OnScreenKeyboard
            mode="letters"
            value={code}
            maxLength={CODE_LENGTH}
            onChange={type}
            onClose={() => actor.send({ type: 'resident.lookUp' })}
          />
          <button
            type="button"
            className="button button--primary button--huge"
            data-testid="lookup-submit"
            onClick={() => actor.send({ type: 'resident.lookUp' })}
          >
            {t('lookup.submit')}
          </button>
        </>
      )}
    </>
  );
}
