import { memo } from 'react';
import type { Language } from '@motcua/locales';
import { formatDate } from '@motcua/locales';
import type { Localized } from '@motcua/protocol';
import type { DossierView } from '../../src/views';
import { formatDateTime } from './format';
import type { Translate } from './i18n';

interface DossierListProps {
  readonly dossiers: readonly DossierView[];
  readonly procedureNames: ReadonlyMap<string, Localized>;
  readonly language: Language;
  readonly t: Translate;
}

/**
 * The latest dossiers, newest first; names and ID numbers come masked.
 * Memoised: kiosk heartbeats redraw the board, not this list.
 */
export const DossierList = memo(function DossierList(props: DossierListProps) {
  const { dossiers, procedureNames, language, t } = props;

  return (
    <section className="panel" aria-labelledby="dossiers-title">
      <header className="panel-header">
        <h2 id="dossiers-title">{t('dossiers.title')}</h2>
        <span className="muted">
          {t('dossiers.count', { count: dossiers.length })}
        </span>
      </header>
      {dossiers.length === 0 ? (
        <p className="empty">{t('dossiers.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="dossier-table">
            <thead>
              <tr>
                <th scope="col">{t('dossiers.code')}</th>
                <th scope="col">{t('dossiers.procedure')}</th>
                <th scope="col">{t('dossiers.applicant')}</th>
                <th scope="col">{t('dossiers.receivedAt')}</th>
                <th scope="col">{t('dossiers.returnDate')}</th>
                <th scope="col">{t('dossiers.kiosk')}</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((dossier) => (
                <tr key={dossier.id} data-testid="dossier-row">
                  <td className="code" data-testid="dossier-code">
                    {dossier.code}
                  </td>
                  <td>
                    {procedureNames.get(dossier.procedureId)?.[language] ??
                      t('dossiers.unknownProcedure', {
                        id: dossier.procedureId,
                      })}
                  </td>
                  <td>
                    <div>{dossier.applicantName}</div>
                    <div className="muted small">{dossier.idNumber}</div>
                    {dossier.identitySource !== undefined && (
                      <div
                        className={`identity-source identity-${dossier.identitySource}`}
                        data-testid="identity-source"
                      >
                        {t(`dossiers.identitySource.${dossier.identitySource}`)}
                      </div>
                    )}
                  </td>
                  <td>{formatDateTime(dossier.receivedAt)}</td>
                  <td>{formatDate(dossier.returnDate)}</td>
                  <td>{dossier.kioskId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
