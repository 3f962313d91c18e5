import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { LookupEntry, LookupKeys } from './lookup-entry';
import { LookupResultView } from './lookup-result';
import type { StatusLookupMachine } from './machine';

interface StatusLookupScreensProps {
  readonly actor: ActorRefFrom<StatusLookupMachine>;
}

export function StatusLookupScreens({ actor }: StatusLookupScreensProps) {
  const { t } = useTranslation('app');
  const snapshot = useSelector(actor, (s) => s);
  const { result } = snapshot.context;

  if (snapshot.matches('showing') && result !== null) {
    return (
      <ScreenLayout
        name="lookup-result"
        heading={t('lookup.resultHeading')}
        controls={
          <>
            <button
              type="button"
              className="button button--primary button--huge"
              data-testid="lookup-done"
              onClick={() => actor.send({ type: 'resident.finish' })}
            >
              {t('lookup.done')}
            </button>
            <div className="controls-row">
              <button
                type="button"
                className="button"
                data-testid="lookup-another"
                onClick={() => actor.send({ type: 'resident.lookUpAnother' })}
              >
                {t('lookup.another')}
              </button>
            </div>
          </>
        }
      >
        <LookupResultView result={result} />
      </ScreenLayout>
    );
  }

  return (
    <ScreenLayout
      name="lookup"
      heading={t('lookup.heading')}
      lead={t('lookup.lead')}
      controls={
        <>
          <LookupKeys actor={actor} />
          <div className="controls-row">
            <BackButton onBack={() => actor.send({ type: 'resident.back' })} />
          </div>
        </>
      }
    >
      <LookupEntry actor={actor} />
    </ScreenLayout>
  );
}
