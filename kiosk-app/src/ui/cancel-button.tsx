import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CancelButtonProps {
  readonly onConfirm: () => void;
}

/** Cancelling loses the dossier, so it asks once before doing it. */
export function CancelButton({ onConfirm }: CancelButtonProps) {
  const { t } = useTranslation('app');
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--quiet"
        data-testid="cancel"
        onClick={() => setAsking(true)}
      >
        {t('actions.cancel')}
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-live="assertive">
      <p className="confirm__question">{t('actions.cancelQuestion')}</p>
      <div className="confirm__buttons">
        <button
          type="button"
          className="button button--danger"
          data-testid="cancel-confirm"
          onClick={onConfirm}
        >
          {t('actions.cancelYes')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="cancel-dismiss"
          onClick={() => setAsking(false)}
        >
          {t('actions.cancelNo')}
        </button>
      </div>
    </div>
  );
}
