import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeScaleOf } from '../../accessibility/settings-store';
import { useSettings } from '../../accessibility/accessibility-context';
import { useSay } from '../../speech/use-speech';
import { DELAYS } from './delays';
import type { ScreenProps } from './screen-props';

/** Spoken at these seconds left, besides the question itself. */
function isSpokenMark(seconds: number): boolean {
  return seconds > 0 && (seconds <= 5 || seconds % 10 === 0);
}

/** Whole seconds left, counted from when the question appeared. */
function useSecondsLeft(totalMs: number): number {
  const [shownAt] = useState(() => Date.now());
  const [now, setNow] = useState(shownAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((totalMs - (now - shownAt)) / 1000));
}

/**
 * "Are you still there?" over the current screen: a big countdown, a bar
 * that empties, the question spoken. Any tap on the screen extends the
 * session (the app counts every pointerdown as presence); the big button is
 * there so nobody has to guess that. The machine's own timer ends the
 * session; this countdown only shows it.
 */
export function IdleWarning({ send }: Pick<ScreenProps, 'send'>) {
  const { t } = useTranslation('app');
  const settings = useSettings();
  const say = useSay();
  const headingId = useId();
  const totalSeconds = (DELAYS.IDLE_EXPIRY * timeScaleOf(settings)) / 1000;
  const seconds = useSecondsLeft(totalSeconds * 1000);

  useEffect(() => {
    if (seconds === totalSeconds) {
      say(`${t('idle.heading')} ${t('idle.lead', { seconds })}`);
    } else if (isSpokenMark(seconds)) {
      say(t('idle.secondsLeft', { seconds }), { queue: true });
    }
    // Only a new second is news, not a new `say`.
  }, [seconds]);

  return (
    <div
      className="overlay"
      data-testid="idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={headingId}
    >
      <div className="overlay__panel">
        <h2 className="overlay__heading" id={headingId}>
          {t('idle.heading')}
        </h2>
        <p className="countdown" data-testid="idle-seconds">
          <span className="countdown__number">{seconds}</span>
          <span className="countdown__unit">{t('idle.unit')}</span>
        </p>
        <div
          className="countdown__bar"
          role="progressbar"
          aria-label={t('idle.progress')}
          aria-valuemin={0}
          aria-valuemax={totalSeconds}
          aria-valuenow={seconds}
        >
          <div
            className="countdown__fill"
            style={{ width: `${String((seconds / totalSeconds) * 100)}%` }}
          />
        </div>
        <p className="overlay__lead">{t('idle.tapAnywhere')}</p>
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
