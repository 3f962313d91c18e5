import { useTranslation } from 'react-i18next';
import { BackButton } from '../../ui/back-button';
import { CancelButton } from '../../ui/cancel-button';
import { ScreenLayout } from '../../ui/screen-layout';
import type { ScreenProps } from '../submit-dossier/screen-props';
import type { ServiceName } from '../submit-dossier/types';

const SERVICES: readonly ServiceName[] = [
  'submit',
  'lookup',
  'queue',
  'rating',
  'help',
];

/** The home menu: what the resident came for, each as one big button. */
export function ChoosingServiceScreen({ send }: ScreenProps) {
  const { t } = useTranslation('app');
  return (
    <ScreenLayout
      name="services"
      heading={t('home.heading')}
      lead={t('home.lead')}
      controls={
        <>
          <div className="choice-list service-list">
            {SERVICES.map((service) => (
              <button
                key={service}
                type="button"
                className={`button button--huge service service--${service}`}
                data-testid={`service-${service}`}
                onClick={() =>
                  send({ type: 'resident.chooseService', service })
                }
              >
                <span className="service__name">
                  {t(`home.services.${service}.name`)}
                </span>
                <span className="service__hint">
                  {t(`home.services.${service}.hint`)}
                </span>
              </button>
            ))}
          </div>
          <div className="controls-row">
            <BackButton onBack={() => send({ type: 'resident.back' })} />
            <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
          </div>
        </>
      }
    />
  );
}
