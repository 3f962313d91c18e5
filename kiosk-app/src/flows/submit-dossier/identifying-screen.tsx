import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { CancelButton } from '../../ui/cancel-button';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import type { ManualIdentityMachine } from './manual-identity/machine';
import { ManualIdentityView } from '../later-screens';
import type { ScreenProps } from './screen-props';

export function IdentifyingScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const { identity, identityError } = snapshot.context;
  const manual = snapshot.children['manualIdentity'] as
    ActorRefFrom<ManualIdentityMachine> | undefined;
  if (manual !== undefined) {
    return <ManualIdentityView actor={manual} send={send} />;
  }
  // After a failed read, typing the details is the way forward.
  // TODO(scanner-health): the agent does not tell the page whether the
  // card reader is present (agent.hello and printer.status carry no
  // scanner state), so an absent reader cannot be shown before a try.
  const readFailed = identityError !== null;

  return (
    <ScreenLayout
      name="identifying"
      step={2}
      heading={t('identify.heading')}
      lead={t('identify.lead')}
      controls={
        <div className="controls-row">
          <BackButton onBack={() => send({ type: 'resident.back' })} />
          <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
          <button
            type="button"
            className={readFailed ? 'button button--primary' : 'button'}
            data-testid="identify-manual"
            onClick={() => send({ type: 'resident.enterByHand' })}
          >
            {t('identify.manual')}
          </button>
        </div>
      }
    >
      {identity !== null && (
        <p className="identity" data-testid="identity-name">
          {identity.fullName}
        </p>
      )}
      {identityError === null ? (
        <p className="waiting" aria-live="polite">
          {t('identify.waiting')}
        </p>
      ) : (
        <>
          <p className="error-box" role="alert" data-testid="identity-error">
            {errorText(identityError)}
          </p>
          <p className="note" data-testid="identify-manual-hint">
            {t('identify.manualAfterError')}
          </p>
        </>
      )}
      <p className="note">{t('identify.privacy')}</p>
      <div className="scan-hint" aria-hidden="true">
        ↓
      </div>
    </ScreenLayout>
  );
}
