import { useTranslation } from 'react-i18next';
import { ScreenLayout } from './screen-layout';

/** Shown while the agent is out of reach; goes away on reconnect. */
export function OutOfServiceScreen() {
  const { t } = useTranslation('app');
  return (
    <div data-testid="out-of-service" className="out-of-service">
      <ScreenLayout
        name="out-of-service"
        accessibility={false}
        heading={t('outOfService.heading')}
        lead={t('outOfService.lead')}
      />
    </div>
  );
}
