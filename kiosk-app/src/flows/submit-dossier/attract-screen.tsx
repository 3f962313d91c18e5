import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../ui/screen-layout';
import type { ScreenProps } from './screen-props';

export function AttractScreen({ send }: ScreenProps) {
  const { t } = useTranslation('app');
  return (
    <ScreenLayout
      name="attract"
      accessibility={false}
      heading={t('attract.heading')}
      lead={t('attract.lead')}
      controls={
        <button
          type="button"
          className="button button--primary button--huge"
          data-testid="start-button"
          onClick={() => send({ type: 'resident.start' })}
        >
          {t('attract.start')}
        </button>
      }
    />
  );
}
