import { useState } from 'react';
import type { Api } from './api';
import { errorCode } from './api';
import { formatDateTime } from './format';
import type { Translate } from './i18n';

interface EnrollmentTokenFormProps {
  readonly api: Api;
  readonly t: Translate;
}

const HOUR = 60 * 60_000;
/** Validity choices; central allows up to 7 days. */
const VALIDITY_HOURS = [1, 24, 72, 168] as const;

interface Issued {
  readonly kioskId: string;
  readonly token: string;
  readonly expiresAt: string;
}

/**
 * Opens a slot for a new kiosk and shows its one-time token once, large,
 * for the technician to type at the kiosk. Central keeps only its hash.
 */
export function EnrollmentTokenForm({ api, t }: EnrollmentTokenFormProps) {
  const [kioskId, setKioskId] = useState('');
  const [ward, setWard] = useState('');
  const [address, setAddress] = useState('');
  const [hours, setHours] = useState<number>(24);
  const [issued, setIssued] = useState<Issued | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);

  const issue = () => {
    setSending(true);
    setError(undefined);
    const slot = {
      kioskId: kioskId.normalize('NFC').trim(),
      ward: ward.normalize('NFC').trim(),
      address: address.normalize('NFC').trim(),
    };
    api
      .post<{ token: string; expiresAt: string }>('/api/enrollment-tokens', {
        ...slot,
        ttlMs: hours * HOUR,
      })
      .then(({ token, expiresAt }) => {
        setIssued({ kioskId: slot.kioskId, token, expiresAt });
        setKioskId('');
        setAddress('');
      })
      .catch((failure: unknown) => setError(errorCode(failure)))
      .finally(() => setSending(false));
  };

  return (
    <section className="detail-block" aria-labelledby="token-title">
      <h3 id="token-title">{t('fleet.tokenTitle')}</h3>
      <p className="muted small">{t('fleet.tokenHint')}</p>
      <form
        className="admin-form"
        data-testid="token-form"
        onSubmit={(event) => {
          event.preventDefault();
          issue();
        }}
      >
        <label>
          {t('fleet.kioskId')}
          <input
            name="kioskId"
            required
            maxLength={64}
            value={kioskId}
            onChange={(event) => setKioskId(event.target.value)}
          />
        </label>
        <label>
          {t('fleet.ward')}
          <input
            name="ward"
            required
            maxLength={100}
            list="fleet-wards"
            value={ward}
            onChange={(event) => setWard(event.target.value)}
          />
        </label>
        <label>
          {t('fleet.address')}
          <input
            name="address"
            maxLength={300}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        <label>
          {t('fleet.validity')}
          <select
            name="validity"
            value={hours}
            onChange={(event) => setHours(Number(event.target.value))}
          >
            {VALIDITY_HOURS.map((value) => (
              <option key={value} value={value}>
                {t('fleet.hours', { count: value })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="primary-button"
          disabled={sending}
          data-testid="token-issue"
        >
          {t('fleet.issue')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {error === undefined ? null : (
          <p className="action-error" data-testid="token-error">
            {t('fleet.issueFailed', { code: error })}
          </p>
        )}
        {issued === undefined ? null : (
          <div className="issued-token" data-testid="issued-token-box">
            <p>
              {t('fleet.issued', {
                kioskId: issued.kioskId,
                at: formatDateTime(issued.expiresAt),
              })}
            </p>
            <p className="token-text" data-testid="issued-token">
              {issued.token}
            </p>
            <p className="muted small">{t('fleet.tokenOnce')}</p>
            <button
              type="button"
              className="secondary-button"
              data-testid="token-dismiss"
              onClick={() => setIssued(undefined)}
            >
              {t('fleet.tokenDone')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
