import { useMemo } from 'react';
import type { KioskView } from '../../src/views';
import type { Api } from './api';
import { EnrollmentTokenForm } from './enrollment-token-form';
import type { Translate } from './i18n';
import { WardRolesForm } from './ward-roles-form';

interface FleetPanelProps {
  readonly kiosks: ReadonlyMap<string, KioskView>;
  readonly api: Api;
  readonly t: Translate;
}

/**
 * The administrator's tab: open a slot for a new kiosk, and name who is
 * told about each ward's deadlines. Revoking a key is in the kiosk detail.
 */
export function FleetPanel({ kiosks, api, t }: FleetPanelProps) {
  const wards = useMemo(
    () =>
      [...new Set([...kiosks.values()].map((kiosk) => kiosk.ward))].sort(
        (a, b) => a.localeCompare(b, 'vi'),
      ),
    [kiosks],
  );
  return (
    <section
      className="panel"
      aria-labelledby="fleet-title"
      data-testid="fleet-panel"
    >
      <h2 id="fleet-title">{t('fleet.title')}</h2>
      <datalist id="fleet-wards">
        {wards.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="detail-grid">
        <EnrollmentTokenForm api={api} t={t} />
        <WardRolesForm api={api} t={t} />
      </div>
    </section>
  );
}
