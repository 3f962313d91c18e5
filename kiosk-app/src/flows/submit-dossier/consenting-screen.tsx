import { useTranslation } from 'react-i18next';
import { BackButton } from '../../ui/back-button';
import { CancelButton } from '../../ui/cancel-button';
import { ScreenLayout } from '../../ui/screen-layout';
import { optionalDataFields } from './consent';
import { findProcedure } from './form';
import type { ScreenProps } from './screen-props';
import './submit-dossier.css';

/**
 * Asks, explicitly and for one purpose, whether optional data may go with
 * the dossier (Personal Data Protection Law 91/2025/QH15, which took over
 * Decree 13/2023/ND-CP's consent rules). Silence is not consent: there is
 * no default, and "no" submits the dossier without that data.
 */
export function ConsentingScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const { procedures, procedureId, values, language } = snapshot.context;
  const procedure = findProcedure(procedures, procedureId);
  const optional = optionalDataFields(procedure?.fields ?? [], values);

  return (
    <ScreenLayout
      name="consent"
      step={6}
      heading={t('consent.heading')}
      lead={t('consent.lead')}
      controls={
        <>
          <div className="controls-row">
            {/* Equal weight: neither answer is the suggested one. */}
            <button
              type="button"
              className="button"
              data-testid="consent-accept"
              onClick={() => send({ type: 'resident.giveConsent' })}
            >
              {t('consent.accept')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="consent-decline"
              onClick={() => send({ type: 'resident.refuseConsent' })}
            >
              {t('consent.decline')}
            </button>
          </div>
          <div className="controls-row">
            <BackButton onBack={() => send({ type: 'resident.back' })} />
            <CancelButton onConfirm={() => send({ type: 'resident.cancel' })} />
          </div>
        </>
      }
    >
      <dl className="review-section__list" data-testid="consent-data">
        {optional.map((field) => (
          <div key={field.id} className="review-row">
            <dt>{field.label[language]}</dt>
            <dd>{values[field.id]}</dd>
          </div>
        ))}
      </dl>
      <div className="consent-text" data-testid="consent-text">
        <p>{t('consent.purpose')}</p>
        <p>{t('consent.controller')}</p>
        <p>{t('consent.retention')}</p>
        <p>{t('consent.rights')}</p>
        <p>
          <strong>{t('consent.refusal')}</strong>
        </p>
        <p className="consent-text__law">{t('consent.law')}</p>
      </div>
    </ScreenLayout>
  );
}
