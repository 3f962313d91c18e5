import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELAYS } from './delays';
import type { ScreenProps } from './screen-props';

/**
 * "Are you still there?" over the current screen. The countdown is for
 * the eyes only; the machine's own timer ends the session.
 */
export function IdleWarning({ send }: Pick<ScreenProps, 'send'>) {
  const { t } = useTranslation('app');
  const [seconds, setSeconds] = useState(DELAYS.IDLE_EXPIRY / 1000);

  useEffect(() => {
    const timer = setInterval(
      () => setSeconds((left) => Math.max(0, left - 1)),
      1000,
    );
    return () => clearInterval(timer);
  }, []);

  return (
    <div className="overlay" data-testid="idle-warning" role="alertdialog">
      <div className="overlay__panel">
        <h2 className="overlay__heading">{t('idle.heading')}</h2>
        <p className="overlay__lead" aria-live="assertive">
          {t('idle.lead', { seconds })}
        </p>
        <button
          type="button"
          className="button button--primary button--huge"
          data-testid="idle-continue"
          onClick={() => send({ type: 'resident.stillHere' })}
        >
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}
