import type { KioskHeartbeat } from '@motcua/protocol';
import type { Translate } from './i18n';

interface KioskDevicesProps {
  readonly heartbeat: KioskHeartbeat | null;
  readonly t: Translate;
}

/** Each device from the latest heartbeat, with its driver and state. */
export function KioskDevices({ heartbeat, t }: KioskDevicesProps) {
  return (
    <section className="detail-block" aria-labelledby="devices-title">
      <h3 id="devices-title">{t('detail.devices')}</h3>
      {heartbeat === null || heartbeat.devices.length === 0 ? (
        <p className="empty">{t('kiosks.noHeartbeat')}</p>
      ) : (
        <table className="data-table compact" data-testid="device-table">
          <thead>
            <tr>
              <th scope="col">{t('detail.device')}</th>
              <th scope="col">{t('detail.driver')}</th>
              <th scope="col">{t('detail.deviceState')}</th>
            </tr>
          </thead>
          <tbody>
            {heartbeat.devices.map((device) => (
              <tr key={device.role} data-role={device.role}>
                <td>{t(`deviceRole.${device.role}`)}</td>
                <td>{device.driver}</td>
                <td className={`device-${device.state}`}>
                  {t(`printerState.${device.state}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
