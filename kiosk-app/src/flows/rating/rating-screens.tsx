import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import type { RatingMachine } from './machine';
import { RATING_SCORES } from './types';
import type { RatingScore } from './types';

interface RatingScreensProps {
  readonly actor: ActorRefFrom<RatingMachine>;
}

/** A face per score; the words beside it carry the meaning. */
const FACES: Record<RatingScore, string> = {
  1: '😠',
  2: '🙁',
  3: '😐',
  4: '🙂',
  5: '😄',
};

function Faces({ actor }: Pick<RatingScreensProps, 'actor'>) {
  const { t } = useTranslation('app');
  return (
    <div
      className="rating__faces"
      role="group"
      aria-label={t('rating.heading')}
    >
      {RATING_SCORES.map((score) => (
        <button
          key={score}
          type="button"
          className="button rating__face"
          data-testid={`rating-${score}`}
          onClick={() => actor.send({ type: 'resident.rate', score })}
        >
          <span className="rating__symbol" aria-hidden="true">
            {FACES[score]}
          </span>
          <span className="rating__label">{t(`rating.scores.${score}`)}</span>
        </button>
      ))}
    </div>
  );
}

export function RatingScreens({ actor }: RatingScreensProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const snapshot = useSelector(actor, (s) => s);
  const { error, dossierCode } = snapshot.context;

  if (snapshot.matches('thanking') || snapshot.matches('rated')) {
    return (
      <ScreenLayout
        name="rating-thanks"
        heading={t('rating.thanksHeading')}
        lead={t('rating.thanksLead')}
        controls={
          <button
            type="button"
            className="button button--primary button--huge"
            data-testid="rating-done"
            onClick={() => actor.send({ type: 'resident.finish' })}
          >
            {t('rating.done')}
          </button>
        }
      />
    );
  }

  const sending = snapshot.matches('sending');
  return (
    <ScreenLayout
      name="rating"
      heading={t('rating.heading')}
      lead={
        dossierCode === undefined ? t('rating.lead') : t('rating.leadAfter')
      }
      controls={
        <>
          {error !== null && (
            <p className="error-box" role="alert" data-testid="rating-error">
              {t('rating.failed')} {errorText(error)}
            </p>
          )}
          {sending ? (
            <p className="waiting" aria-live="polite">
              {t('rating.sending')}
            </p>
          ) : (
            <Faces actor={actor} />
          )}
          <div className="controls-row">
            {snapshot.matches('failed') && (
              <button
                type="button"
                className="button"
                data-testid="rating-retry"
                onClick={() => actor.send({ type: 'resident.retry' })}
              >
                {t('actions.retry')}
              </button>
            )}
            <button
              type="button"
              className="button"
              data-testid="rating-skip"
              disabled={sending}
              onClick={() => actor.send({ type: 'resident.skip' })}
            >
              {t('rating.skip')}
            </button>
          </div>
        </>
      }
    />
  );
}
