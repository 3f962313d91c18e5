import { memo } from 'react';
import type { KioskView } from '../../src/views';
import { Ago } from './clock';
import { formatAge } from './format';
import type { Translate } from './i18n';
import { StatusBadge } from './status-icon';

interface KioskTileProps {
  readonly kiosk: KioskView;
  readonly t: Translate;
  readonly onOpen: (kioskId: string) => void;
}

/**
 * One kiosk on the board. Memoised: a tile redraws only when its kiosk
 * changes, or its "last seen" text on the shared clock tick.
 */
export const KioskTile = memo(function KioskTile(props: KioskTileProps) {
  const { kiosk, t, onOpen } = props;
  const outbox = kiosk.heartbeat?.outbox;
  return (
    <li>
      <button
        type="button"
        className={`kiosk-tile tone-${kiosk.status}`}
        data-testid="kiosk-tile"
        data-kiosk-id={kiosk.id}
        data-status={kiosk.status}
        onClick={() => onOpen(kiosk.id)}
      >
        <span className="tile-head">
          <strong>{kiosk.id}</strong>
          <StatusBadge
            tone={kiosk.status}
            label={t(`status.${kiosk.status}`)}
            testId="kiosk-status"
          />
        </span>
        <span className="tile-ward">{kiosk.ward}</span>
        <dl>
          <dt>{t('kiosks.lastSeen')}</dt>
          <dd>
            {kiosk.lastSeen === null ? (
              t('kiosks.never')
            ) : (
              <Ago iso={kiosk.lastSeen} t={t} withDate />
            )}
          </dd>
          <dt>{t('kiosks.devices')}</dt>
          <dd className="device-chips">
            {kiosk.heartbeat === null
              ? t('kiosks.noHeartbeat')
              : kiosk.heartbeat.devices.map((device) => (
                  <span
                    key={device.role}
                    className={`device-chip device-${device.state}`}
                  >
                    {t(`deviceRole.${device.role}`)}:{' '}
                    {t(`printerState.${device.state}`)}
                  </span>
                ))}
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
          <dt>{t('kiosks.openAlerts')}</dt>
          <dd data-testid="kiosk-open-alerts">{kiosk.openAlerts}</dd>
        </dl>
      </button>
    </li>
  );
});
