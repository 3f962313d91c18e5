import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { useSpeakOnShow } from '../../speech/use-speech';
import { useErrorText } from '../../ui/use-error-text';
import type { HelpMachine } from './machine';

interface HelpPanelProps {
  readonly actor: ActorRefFrom<HelpMachine>;
}

/** What to do meanwhile: the ward office's hours and the city hotline. */
function Meanwhile() {
  const { t } = useTranslation('app');
  return (
    <dl className="help__facts">
      <dt>{t('help.hoursLabel')}</dt>
      <dd data-testid="help-hours">{t('help.hours')}</dd>
      <dt>{t('help.hotlineLabel')}</dt>
      <dd data-testid="help-hotline">{t('help.hotline')}</dd>
    </dl>
  );
}

export function HelpPanel({ actor }: HelpPanelProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const snapshot = useSelector(actor, (s) => s);
  const { error } = snapshot.context;
  const calling = snapshot.matches('calling');
  const called = snapshot.matches('called');
  const heading = called ? t('help.calledHeading') : t('help.heading');
  const lead = called
    ? t('help.calledLead')
    : calling
      ? t('help.calling')
      : t('help.lead');
  // In assisted mode the panel is read out like any screen.
  useSpeakOnShow(`${heading}. ${lead}`);

  return (
    <div
      className="overlay help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="help-heading"
      data-testid="help-panel"
    >
      <div className="overlay__panel">
        <h2 id="help-heading" className="overlay__heading">
          {heading}
        </h2>
        <p
          className="overlay__lead"
          aria-live="polite"
          data-testid="help-status"
        >
          {lead}
        </p>
        {error !== null && (
          <p className="error-box" role="alert" data-testid="help-error">
            {t('help.failed')} {errorText(error)}
          </p>
        )}
        <Meanwhile />
        <div className="help__buttons">
          {!called && (
            <button
              type="button"
              className="button button--primary button--huge"
              data-testid="help-call"
              disabled={calling}
              onClick={() => actor.send({ type: 'resident.callStaff' })}
            >
              {t('help.call')}
            </button>
          )}
          <button
            type="button"
            className="button button--huge"
            data-testid="help-done"
            disabled={calling}
            onClick={() => actor.send({ type: 'resident.closeHelp' })}
          >
            {t('help.done')}
          </button>
        </div>
      </div>
    </div>
  );
}
