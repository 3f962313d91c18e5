import { useState } from 'react';
import type { AlertView } from '../../src/views';
import type { Api } from './api';
import { errorCode } from './api';
import { Ago } from './clock';
import { formatDateTime } from './format';
import type { Translate } from './i18n';
import { StatusBadge } from './status-icon';

interface AlertTableProps {
  readonly alerts: readonly AlertView[];
  /** Acknowledge and resolve buttons; absent for viewers. */
  readonly api: Api | undefined;
  readonly onOpenKiosk?: (kioskId: string) => void;
  readonly onChanged?: (alert: AlertView) => void;
  readonly t: Translate;
}

/** Alerts as rows: severity, rule, kiosk, ward, age, state, actions. */
export function AlertTable(props: AlertTableProps) {
  const { alerts, api, onOpenKiosk, onChanged, t } = props;
  const [error, setError] = useState<string | undefined>();

  const act = (alert: AlertView, action: 'acknowledge' | 'resolve') => {
    if (api === undefined) return;
    setError(undefined);
    api
      .post<{ alert: AlertView }>(
        `/api/alerts/${encodeURIComponent(alert.id)}/${action}`,
      )
      .then(({ alert: changed }) => onChanged?.(changed))
      .catch((failure: unknown) => setError(errorCode(failure)));
  };

  return (
    <>
      {error === undefined ? null : (
        <p className="action-error" role="alert">
          {t('alerts.actionFailed', { code: error })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table" data-testid="alert-table">
          <thead>
            <tr>
              <th scope="col">{t('alerts.severity')}</th>
              <th scope="col">{t('alerts.rule')}</th>
              <th scope="col">{t('alerts.kiosk')}</th>
              <th scope="col">{t('alerts.ward')}</th>
              <th scope="col">{t('alerts.opened')}</th>
              <th scope="col">{t('alerts.state')}</th>
              {api === undefined ? null : (
                <th scope="col">{t('alerts.actions')}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {alerts.map((alert) => (
              <tr
                key={alert.id}
                data-testid="alert-row"
                data-rule={alert.rule}
                data-kiosk-id={alert.kioskId}
                data-state={alert.state}
              >
                <td>
                  <StatusBadge
                    tone={alert.severity}
                    label={t(`severity.${alert.severity}`)}
                  />
                </td>
                <td>
                  <span data-testid="alert-rule">
                    {t(`rule.${alert.rule}`)}
                  </span>
                  {alert.detail === null ? null : (
                    <div className="muted small">{alert.detail}</div>
                  )}
                </td>
                <td>
                  {onOpenKiosk === undefined ? (
                    alert.kioskId
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenKiosk(alert.kioskId)}
                    >
                      {alert.kioskId}
                    </button>
                  )}
                </td>
                <td>{alert.ward}</td>
                <td>
                  <Ago iso={alert.openedAt} t={t} />
                  <div className="muted small">
                    {formatDateTime(alert.openedAt)}
                  </div>
                </td>
                <td>
                  <AlertState alert={alert} t={t} />
                </td>
                {api === undefined ? null : (
                  <td>
                    <div className="actions">
                      {alert.state === 'open' ? (
                        <button
                          type="button"
                          className="secondary-button"
                          data-testid="alert-acknowledge"
                          onClick={() => act(alert, 'acknowledge')}
                        >
                          {t('alerts.acknowledge')}
                        </button>
                      ) : null}
                      {alert.state === 'resolved' ? null : (
                        <button
                          type="button"
                          className="secondary-button"
                          data-testid="alert-resolve"
                          onClick={() => act(alert, 'resolve')}
                        >
                          {t('alerts.resolve')}
                        </button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AlertState({ alert, t }: { alert: AlertView; t: Translate }) {
  switch (alert.state) {
    case 'open':
      return <span>{t('alertState.open')}</span>;
    case 'acknowledged':
      return (
        <span>
          {t('alertState.acknowledgedBy', {
            user: alert.acknowledgedBy ?? '—',
          })}
        </span>
      );
    case 'resolved':
      return (
        <span>
          {alert.resolvedBy === null
            ? t('alertState.resolvedItself')
            : t('alertState.resolvedBy', { user: alert.resolvedBy })}
          {alert.resolvedAt === null ? null : (
            <div className="muted small">
              {formatDateTime(alert.resolvedAt)}
            </div>
          )}
        </span>
      );
  }
}
