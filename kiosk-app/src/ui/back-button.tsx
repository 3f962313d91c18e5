import { useTranslation } from 'react-i18next';

interface BackButtonProps {
  readonly onBack: () => void;
}

/** One step back in the flow; nothing entered is lost. */
export function BackButton({ onBack }: BackButtonProps) {
  const { t } = useTranslation('app');
  return (
    <button
      type="button"
      className="button"
      data-testid="back"
      onClick={onBack}
    >
      {t('actions.back')}
    </button>
  );
}
