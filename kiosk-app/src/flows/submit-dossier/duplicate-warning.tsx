import { useTranslation } from 'react-i18next';
import type { ScreenProps } from './screen-props';

/** A dossier code as the agent writes it in its message. */
const CODE_IN_MESSAGE = /\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}/;

interface DuplicateWarningProps {
  /** The agent's message, which names the earlier dossier's code. */
  readonly message: string;
  readonly send: ScreenProps['send'];
}

/**
 * The agent saw the same ID number and procedure on this kiosk lately: say
 * so, show the earlier code, and let the resident submit again on purpose.
 */
export function DuplicateWarning({ message, send }: DuplicateWarningProps) {
  const { t } = useTranslation('app');
  const code = CODE_IN_MESSAGE.exec(message)?.[0];
  return (
    <div className="error-box" role="alert" data-testid="submit-error">
      <p>
        {code === undefined
          ? t('duplicate.lead')
          : t('duplicate.leadWithCode', { code })}
      </p>
      <p>{t('duplicate.question')}</p>
      <button
        type="button"
        className="button"
        data-testid="submit-anyway"
        onClick={() => send({ type: 'resident.submitAnyway' })}
      >
        {t('duplicate.submitAnyway')}
      </button>
    </div>
  );
}
