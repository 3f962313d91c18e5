import { useState } from 'react';
import type { DossierStatus, Localized } from '@motcua/protocol';
import type { Language } from '@motcua/locales';
import type { CaseView } from '../../src/views';
import type { Api } from './api';
import { errorCode } from './api';
import { ALLOWED_MOVES } from './case-moves';
import { formatDate } from '@motcua/locales';
import { formatDateTime } from './format';
import type { Translate } from './i18n';

interface CaseRowProps {
  readonly dossierCase: CaseView;
  readonly procedureName: Localized | undefined;
  readonly language: Language;
  /** Undefined for viewers: status and assignee are read-only. */
  readonly api: Api | undefined;
  readonly username: string | undefined;
  readonly onChanged: (changed: CaseView) => void;
  readonly t: Translate;
}

/** One case: where it stands, when it is due, who has it; and moves. */
export function CaseRow(props: CaseRowProps) {
  const { dossierCase: c, procedureName, language, api, t } = props;
  const moves = ALLOWED_MOVES[c.status];
  const [next, setNext] = useState<DossierStatus | ''>('');
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<string | undefined>();
  const path = `/api/dossiers/${encodeURIComponent(c.code)}`;

  const post = (suffix: string, body: unknown) => {
    if (api === undefined) return;
    setError(undefined);
    api
      .post<{ case: CaseView }>(`${path}/${suffix}`, body)
      .then((answer) => {
        props.onChanged(answer.case);
        setNext('');
        setAssignee('');
      })
      .catch((failure: unknown) => setError(errorCode(failure)));
  };

  return (
    <tr data-testid="case-row" data-code={c.code} data-level={c.level}>
      <td className="code">{c.code}</td>
      <td>
        {procedureName?.[language] ?? c.procedureId}
        <div className="muted small">{c.applicantName}</div>
      </td>
      <td>{c.ward}</td>
      <td data-testid="case-due">{formatDateTime(c.dueAt)}</td>
      <td data-testid="case-status">
        {t(`caseStatus.${c.status}`)}
        {c.note === null ? null : <div className="muted small">{c.note}</div>}
        {c.pausedSince === null ? null : (
          <div className="muted small" data-testid="case-paused">
            {t('deadlines.pausedSince', { date: formatDate(c.pausedSince) })}
          </div>
        )}
      </td>
      <td data-testid="case-assignee">{c.assignee ?? t('deadlines.nobody')}</td>
      {api === undefined ? null : (
        <td>
          <div className="case-actions">
            {moves.length === 0 ? null : (
              <span className="inline-form">
                <select
                  aria-label={t('deadlines.moveTo')}
                  value={next}
                  data-testid="case-next-status"
                  onChange={(e) => setNext(e.target.value as DossierStatus)}
                >
                  <option value="">{t('deadlines.moveTo')}</option>
                  {moves.map((status) => (
                    <option key={status} value={status}>
                      {t(`caseStatus.${status}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="secondary-button"
                  disabled={next === ''}
                  data-testid="case-apply-status"
                  onClick={() => post('status', { status: next })}
                >
                  {t('deadlines.apply')}
                </button>
              </span>
            )}
            <span className="inline-form">
              <input
                aria-label={t('deadlines.assignTo')}
                placeholder={t('deadlines.assignTo')}
                value={assignee}
                onChange={(e) => setAssignee(e.target.value)}
              />
              <button
                type="button"
                className="secondary-button"
                disabled={assignee.trim() === ''}
                onClick={() => post('assign', { username: assignee.trim() })}
              >
                {t('deadlines.assign')}
              </button>
              {props.username === undefined ? null : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => post('assign', { username: props.username })}
                >
                  {t('deadlines.assignMe')}
                </button>
              )}
            </span>
            {error === undefined ? null : (
              <span className="action-error" role="alert">
                {t(
                  error === 'invalid_transition'
                    ? 'deadlines.invalidMove'
                    : 'deadlines.actionFailed',
                  { code: error },
                )}
              </span>
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
