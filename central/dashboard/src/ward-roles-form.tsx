import { useState } from 'react';
import type { Api } from './api';
import { errorCode } from './api';
import type { Translate } from './i18n';

interface WardRolesFormProps {
  readonly api: Api;
  readonly t: Translate;
}

interface StoredRoles {
  readonly ward: string;
  readonly departmentHead: string | null;
  readonly agencyHead: string | null;
  readonly civilServant?: string | null;
}

const ROLES = ['departmentHead', 'agencyHead', 'civilServant'] as const;
type Role = (typeof ROLES)[number];

/**
 * Who gets a ward's deadline notifications: the department head (yellow),
 * the agency head (red) and the civil servant new cases go to. Blank
 * leaves the role empty. Central has no read of the current roles yet,
 * so the form shows what it stored after a save.
 */
export function WardRolesForm({ api, t }: WardRolesFormProps) {
  const [ward, setWard] = useState('');
  const [names, setNames] = useState<Record<Role, string>>({
    departmentHead: '',
    agencyHead: '',
    civilServant: '',
  });
  const [stored, setStored] = useState<StoredRoles | undefined>();
  const [error, setError] = useState<string | undefined>();

  const save = () => {
    setError(undefined);
    const body = Object.fromEntries(
      ROLES.map((role) => [role, names[role].trim() || null]),
    );
    api
      .post<{ roles: StoredRoles }>(
        `/api/wards/${encodeURIComponent(ward.normalize('NFC').trim())}/roles`,
        body,
      )
      .then(({ roles }) => setStored(roles))
      .catch((failure: unknown) => setError(errorCode(failure)));
  };

  return (
    <section className="detail-block" aria-labelledby="roles-title">
      <h3 id="roles-title">{t('fleet.rolesTitle')}</h3>
      <p className="muted small">{t('fleet.rolesHint')}</p>
      <form
        className="admin-form"
        data-testid="roles-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label>
          {t('fleet.ward')}
          <input
            name="rolesWard"
            required
            list="fleet-wards"
            value={ward}
            onChange={(event) => setWard(event.target.value)}
          />
        </label>
        {ROLES.map((role) => (
          <label key={role}>
            {t(`fleet.role.${role}`)}
            <input
              name={role}
              maxLength={64}
              value={names[role]}
              onChange={(event) =>
                setNames({ ...names, [role]: event.target.value })
              }
            />
          </label>
        ))}
        <button
          type="submit"
          className="primary-button"
          data-testid="roles-save"
        >
          {t('fleet.rolesSave')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {error === undefined ? null : (
          <p className="action-error" data-testid="roles-error">
            {error === 'staff.not_found'
              ? t('fleet.rolesUnknownUser')
              : t('fleet.rolesFailed', { code: error })}
          </p>
        )}
        {stored === undefined ? null : (
          <p data-testid="roles-result">
            {t('fleet.rolesSaved', {
              ward: stored.ward,
              departmentHead: stored.departmentHead ?? '—',
              agencyHead: stored.agencyHead ?? '—',
            })}
          </p>
        )}
      </div>
    </section>
  );
}
