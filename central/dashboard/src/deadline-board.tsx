import type { Localized } from '@motcua/protocol';
import type { Language } from '@motcua/locales';
import type { DeadlineLevel } from '../../src/views';
import type { Api } from './api';
import { LEVELS } from './case-moves';
import { CaseRow } from './case-row';
import type { Translate } from './i18n';
import type { Tone } from './status-icon';
import { StatusBadge } from './status-icon';
import type { Cases } from './use-cases';

export const LEVEL_TONE: Readonly<Record<DeadlineLevel, Tone>> = {
  red: 'critical',
  yellow: 'warning',
  green: 'ok',
  none: 'neutral',
};

interface DeadlineBoardProps {
  readonly cases: Cases;
  readonly procedureNames: ReadonlyMap<string, Localized>;
  readonly language: Language;
  readonly api: Api;
  readonly canOperate: boolean;
  readonly username: string | undefined;
  readonly t: Translate;
}

/** Open cases by deadline level, worst first, with status and assignee. */
export function DeadlineBoard(props: DeadlineBoardProps) {
  const { cases, canOperate, t } = props;
  const list = cases.cases;
  return (
    <section className="panel" aria-labelledby="deadlines-title">
      <header className="panel-header">
        <h2 id="deadlines-title">{t('deadlines.title')}</h2>
        <span className="muted">
          {t('deadlines.count', { count: list?.length ?? 0 })}
        </span>
      </header>
      {cases.error !== undefined ? (
        <p className="action-error" role="alert">
          {t('common.loadFailed', { code: cases.error })}
        </p>
      ) : list === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty">{t('deadlines.empty')}</p>
      ) : (
        LEVELS.map((level) => {
          const group = list.filter((c) => c.level === level);
          if (group.length === 0) return null;
          return (
            <section
              key={level}
              className={`level-group level-${level}`}
              data-testid={`level-${level}`}
            >
              <h3>
                <StatusBadge
                  tone={LEVEL_TONE[level]}
                  label={t(`level.${level}`)}
                />
                <span className="muted small">
                  {t(`levelHint.${level}`)} · {group.length}
                </span>
              </h3>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dossiers.code')}</th>
                      <th scope="col">{t('dossiers.procedure')}</th>
                      <th scope="col">{t('alerts.ward')}</th>
                      <th scope="col">{t('deadlines.due')}</th>
                      <th scope="col">{t('deadlines.status')}</th>
                      <th scope="col">{t('deadlines.assignee')}</th>
                      {canOperate ? (
                        <th scope="col">{t('alerts.actions')}</th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {group.map((c) => (
                      <CaseRow
                        key={c.code}
                        dossierCase={c}
                        procedureName={props.procedureNames.get(c.procedureId)}
                        language={props.language}
                        api={canOperate ? props.api : undefined}
                        username={props.username}
                        onChanged={cases.update}
                        t={t}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })
      )}
    </section>
  );
}
