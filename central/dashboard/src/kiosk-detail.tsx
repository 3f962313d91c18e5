import type { Socket } from 'socket.io-client';
import type { KioskView } from '../../src/views';
import { AlertTable } from './alert-table';
import type { Api } from './api';
import { Ago } from './clock';
import type { Translate } from './i18n';
import { KioskCommands } from './kiosk-commands';
import { KioskConfigPanel } from './kiosk-config-panel';
import { KioskDevices } from './kiosk-devices';
import { KioskEvents } from './kiosk-events';
import { KioskMedia } from './kiosk-media';
import { KioskRevoke } from './kiosk-revoke';
import { StatusBadge } from './status-icon';
import { useKioskDetail } from './use-kiosk-detail';

interface KioskDetailProps {
  readonly kioskId: string;
  /** The live board's copy, newer than the detail's between reloads. */
  readonly live: KioskView | undefined;
  readonly api: Api;
  readonly socket: Socket | undefined;
  readonly canOperate: boolean;
  /** Edits the configuration and may revoke the key. */
  readonly isAdmin: boolean;
  readonly onBack: () => void;
  readonly t: Translate;
}

const MB = 1024 * 1024;

/** One kiosk: devices, commands, alerts, events, screenshot and logs. */
export function KioskDetail(props: KioskDetailProps) {
  const { kioskId, live, api, socket, canOperate, isAdmin, onBack, t } = props;
  const state = useKioskDetail(api, socket, kioskId);

  const back = (
    <button type="button" className="link-button" onClick={onBack}>
      ← {t('detail.back')}
    </button>
  );
  if (state.kind !== 'ready') {
    return (
      <section className="panel">
        {back}
        <p className={state.kind === 'failed' ? 'action-error' : 'muted'}>
          {state.kind === 'failed'
            ? t('detail.loadFailed', { code: state.code })
            : t('common.loading')}
        </p>
      </section>
    );
  }

  const { detail } = state;
  const kiosk = live ?? detail.kiosk;
  const heartbeat = kiosk.heartbeat;
  return (
    <section
      className="panel kiosk-detail"
      aria-labelledby="detail-title"
      data-testid="kiosk-detail"
      data-kiosk-id={kiosk.id}
    >
      {back}
      <header className="detail-header">
        <h2 id="detail-title">{kiosk.id}</h2>
        <StatusBadge
          tone={kiosk.status}
          label={t(`status.${kiosk.status}`)}
          testId="detail-status"
        />
      </header>
      <dl className="detail-summary">
        <dt>{t('detail.ward')}</dt>
        <dd>{kiosk.ward}</dd>
        <dt>{t('detail.address')}</dt>
        <dd>{kiosk.address || '—'}</dd>
        <dt>{t('kiosks.lastSeen')}</dt>
        <dd>
          {kiosk.lastSeen === null ? (
            t('kiosks.never')
          ) : (
            <Ago iso={kiosk.lastSeen} t={t} withDate />
          )}
        </dd>
        <dt>{t('detail.agentVersion')}</dt>
        <dd>{heartbeat?.agentVersion ?? '—'}</dd>
        <dt>{t('detail.freeDisk')}</dt>
        <dd>
          {heartbeat === null
            ? '—'
            : t('detail.megabytes', {
                value: Math.floor(heartbeat.freeDiskBytes / MB),
              })}
        </dd>
        <dt>{t('kiosks.outbox')}</dt>
        <dd>{heartbeat?.outbox.pending ?? '—'}</dd>
      </dl>
      <div className="detail-grid">
        <KioskDevices heartbeat={heartbeat} t={t} />
        <KioskCommands
          kioskId={kiosk.id}
          commands={detail.commands}
          api={canOperate ? api : undefined}
          t={t}
        />
        <section className="detail-block wide" aria-labelledby="d-alerts">
          <h3 id="d-alerts">{t('detail.alerts')}</h3>
          {detail.alerts.length === 0 ? (
            <p className="empty">{t('alerts.none')}</p>
          ) : (
            <AlertTable
              alerts={detail.alerts}
              api={canOperate ? api : undefined}
              t={t}
            />
          )}
        </section>
        <KioskEvents events={detail.events} t={t} />
        <KioskMedia
          screenshot={detail.screenshot}
          logs={detail.logs}
          canOperate={canOperate}
          t={t}
        />
        {canOperate ? (
          <KioskConfigPanel
            kioskId={kiosk.id}
            api={api}
            canEdit={isAdmin}
            t={t}
          />
        ) : null}
        {isAdmin ? <KioskRevoke kioskId={kiosk.id} api={api} t={t} /> : null}
      </div>
    </section>
  );
}
