import { useEffect, useState } from 'react';
import type { AlertView } from '../../src/views';
import type { Api } from './api';
import { errorCode } from './api';
import { AlertTable } from './alert-table';
import type { Translate } from './i18n';

interface AlertFeedProps {
  /** Open or acknowledged, newest first, live from `/staff`. */
  readonly alerts: readonly AlertView[];
  readonly api: Api;
  readonly canOperate: boolean;
  readonly onOpenKiosk: (kioskId: string) => void;
  readonly t: Translate;
}

type Mode = 'active' | 'history';

/** The live feed of active alerts, and the history of all of them. */
export function AlertFeed(props: AlertFeedProps) {
  const { alerts, api, canOperate, onOpenKiosk, t } = props;
  const [mode, setMode] = useState<Mode>('active');
  const [history, setHistory] = useState<readonly AlertView[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  // The history is read again whenever the live list moves.
  useEffect(() => {
    if (mode !== 'history') return undefined;
    let cancelled = false;
    api
      .get<{ alerts: AlertView[] }>('/api/alerts?state=all')
      .then((body) => {
        if (!cancelled) setHistory(body.alerts);
      })
      .catch((failure: unknown) => {
        if (!cancelled) setError(errorCode(failure));
      });
    return () => {
      cancelled = true;
    };
  }, [api, mode, alerts]);

  const rows = mode === 'active' ? alerts : (history ?? []);
  return (
    <section className="panel" aria-labelledby="alerts-title">
      <header className="panel-header">
        <h2 id="alerts-title">{t('alerts.title')}</h2>
        <div className="segmented" role="group">
          {(['active', 'history'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={mode === option}
              data-testid={`alerts-${option}`}
              onClick={() => setMode(option)}
            >
              {option === 'active'
                ? t('alerts.active', { count: alerts.length })
                : t('alerts.history')}
            </button>
          ))}
        </div>
      </header>
      {error === undefined || mode !== 'history' ? null : (
        <p className="action-error" role="alert">
          {t('common.loadFailed', { code: error })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">
          {mode === 'active' ? t('alerts.none') : t('alerts.noHistory')}
        </p>
      ) : (
        <AlertTable
          alerts={rows}
          api={canOperate ? api : undefined}
          onOpenKiosk={onOpenKiosk}
          t={t}
        />
      )}
    </section>
  );
}
