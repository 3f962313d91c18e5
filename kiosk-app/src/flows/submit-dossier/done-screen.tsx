import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../ui/screen-layout';
import type { ScreenProps } from './screen-props';

export function DoneScreen({ send }: ScreenProps) {
  const { t } = useTranslation('app');
  return (
    <ScreenLayout
      name="done"
      heading={t('done.heading')}
      lead={t('done.lead')}
      controls={
        <button
          type="button"
          className="button button--primary button--huge"
          data-testid="done-home"
          onClick={() => send({ type: 'resident.finish' })}
        >
          {t('done.home')}
        </button>
      }
    />
  );
}
