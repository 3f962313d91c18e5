import type { KioskView } from '../../src/views';
import { formatAge, formatDateTime } from './format';
import type { Translate } from './i18n';

interface KioskBoardProps {
  readonly kiosks: readonly KioskView[];
  readonly t: Translate;
}

/** One card per kiosk: connection, last contact, printer and backlog. */
export function KioskBoard({ kiosks, t }: KioskBoardProps) {
  const online = kiosks.filter((kiosk) => kiosk.online).length;

  return (
    <section className="panel" aria-labelledby="kiosks-title">
      <header className="panel-header">
        <h2 id="kiosks-title">{t('kiosks.title')}</h2>
        <span className="muted">
          {t('kiosks.summary', { online, total: kiosks.length })}
        </span>
      </header>
      {kiosks.length === 0 ? (
        <p className="empty">{t('kiosks.empty')}</p>
      ) : (
        <ul className="kiosk-grid">
          {kiosks.map((kiosk) => (
            <KioskCard key={kiosk.id} kiosk={kiosk} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

function KioskCard({ kiosk, t }: { kiosk: KioskView; t: Translate }) {
  const printer = kiosk.heartbeat?.devices.find((d) => d.role === 'printer');
  const printerState = printer?.state ?? 'unknown';
  const outbox = kiosk.heartbeat?.outbox;

  return (
    <li
      className={`kiosk-card ${kiosk.online ? 'is-online' : 'is-offline'}`}
      data-testid="kiosk-card"
    >
      <div className="kiosk-title">
        <span className="status-dot" aria-hidden="true" />
        <strong>{kiosk.id}</strong>
        <span className="status-text">
          {kiosk.online ? t('kiosks.online') : t('kiosks.offline')}
        </span>
      </div>
      <dl>
        <dt>{t('kiosks.lastSeen')}</dt>
        <dd>
          {kiosk.lastSeen === null
            ? t('kiosks.never')
            : formatDateTime(kiosk.lastSeen)}
        </dd>
        <dt>{t('kiosks.printer')}</dt>
        <dd className={`printer-${printerState}`}>
          {kiosk.heartbeat === null
            ? t('kiosks.noHeartbeat')
            : t(`printerState.${printerState}`)}
        </dd>
        <dt>{t('kiosks.outbox')}</dt>
        <dd>
          {outbox === undefined
            ? '—'
            : outbox.pending === 0
              ? t('kiosks.outboxEmpty')
              : t('kiosks.outboxValue', {
                  count: outbox.pending,
                  age: formatAge(outbox.oldestAgeSeconds ?? 0, t),
                })}
        </dd>
      </dl>
    </li>
  );
}
