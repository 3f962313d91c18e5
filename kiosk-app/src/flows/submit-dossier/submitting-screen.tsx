import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../ui/screen-layout';
import type { ScreenProps } from './screen-props';

/** No buttons at all: nothing can be tapped twice while the agent works. */
export function SubmittingScreen(_: ScreenProps) {
  const { t } = useTranslation('app');
  return (
    <ScreenLayout
      name="submitting"
      step={6}
      heading={t('submitting.heading')}
      lead={t('submitting.lead')}
    >
      <div
        className="spinner"
        role="progressbar"
        aria-busy="true"
        aria-label={t('submitting.heading')}
      />
    </ScreenLayout>
  );
}
