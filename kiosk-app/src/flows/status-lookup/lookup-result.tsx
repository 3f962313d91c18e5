import { formatDate } from '@motcua/locales';
import { useTranslation } from 'react-i18next';
import type { LookupResult } from './types';

/** What the ward office says about the dossier, in the resident's words. */
export function LookupResultView({ result }: { result: LookupResult }) {
  const { t, i18n } = useTranslation('app');
  const { dossier, source, procedureName } = result;
  const language = i18n.language === 'en' ? 'en' : 'vi';

  return (
    <div className="lookup-result">
      <dl className="review-section__list">
        <div className="review-row">
          <dt>{t('lookup.code')}</dt>
          <dd data-testid="lookup-code">{dossier.code}</dd>
        </div>
        <div className="review-row">
          <dt>{t('lookup.procedure')}</dt>
          <dd data-testid="lookup-procedure">
            {procedureName?.[language] ?? dossier.procedureId}
          </dd>
        </div>
        <div className="review-row">
          <dt>{t('lookup.statusLabel')}</dt>
          <dd
            className="lookup-result__status"
            data-testid="lookup-status"
            data-status={dossier.status}
          >
            {t(`lookup.status.${dossier.status}`)}
          </dd>
        </div>
        <div className="review-row">
          <dt>{t('lookup.received')}</dt>
          <dd data-testid="lookup-received">
            {formatDate(dossier.receivedAt)}
          </dd>
        </div>
        <div className="review-row">
          <dt>{t('lookup.due')}</dt>
          <dd data-testid="lookup-due">{formatDate(dossier.dueDate)}</dd>
        </div>
      </dl>
      {dossier.status === 'moreDocuments' && (
        <p className="error-box" role="alert" data-testid="lookup-note">
          {t('lookup.moreDocuments')} {dossier.note ?? ''}
        </p>
      )}
      <p
        className="notice"
        role="status"
        data-testid="lookup-source"
        data-source={source}
      >
        {t(`lookup.source.${source}`)}
      </p>
    </div>
  );
}
