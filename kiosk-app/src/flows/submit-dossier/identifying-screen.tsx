import { useTranslation } from 'react-i18next';
import { CancelButton } from '../../ui/cancel-button';
import { BackButton } from '../../ui/back-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { useErrorText } from '../../ui/use-error-text';
import type { ScreenProps } from './screen-props';

export function IdentifyingScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  const { identity, identityError } = snapshot.context;

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
        <p className="error-box" role="alert" data-testid="identity-error">
          {errorText(identityError)}
        </p>
      )}
      <p className="note">{t('identify.privacy')}</p>
      <div className="scan-hint" aria-hidden="true">
        ↓
      </div>
    </ScreenLayout>
  );
}
