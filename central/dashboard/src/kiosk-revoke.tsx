import { useState } from 'react';
import type { Api } from './api';
import { errorCode } from './api';
import type { Translate } from './i18n';

interface KioskRevokeProps {
  readonly kioskId: string;
  readonly api: Api;
  readonly t: Translate;
}

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirming' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'failed'; readonly code: string };

/**
 * Admins only: cuts the kiosk's key, after a second, explicit step. The
 * kiosk is disconnected at once and must be enrolled again with a token.
 */
export function KioskRevoke({ kioskId, api, t }: KioskRevokeProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const revoke = () => {
    setStep({ kind: 'sending' });
    api
      .post(`/api/kiosks/${encodeURIComponent(kioskId)}/revoke`)
      .then(() => setStep({ kind: 'revoked' }))
      .catch((error: unknown) =>
        setStep({ kind: 'failed', code: errorCode(error) }),
      );
  };

  return (
    <section
      className="detail-block danger-zone"
      aria-labelledby="revoke-title"
      data-testid="kiosk-revoke"
    >
      <h3 id="revoke-title">{t('revoke.title')}</h3>
      <p className="muted small">{t('revoke.hint')}</p>
      {step.kind === 'idle' || step.kind === 'failed' ? (
        <button
          type="button"
          className="secondary-button danger"
          data-testid="revoke-start"
          onClick={() => setStep({ kind: 'confirming' })}
        >
          {t('revoke.start')}
        </button>
      ) : null}
      {step.kind === 'confirming' || step.kind === 'sending' ? (
        <div
          className="confirm-box"
          role="alertdialog"
          aria-labelledby="revoke-question"
        >
          <p id="revoke-question">{t('revoke.question', { kioskId })}</p>
          <div className="actions">
            <button
              type="button"
              className="primary-button danger"
              data-testid="revoke-confirm"
              disabled={step.kind === 'sending'}
              onClick={revoke}
            >
              {t('revoke.confirm')}
            </button>
            <button
              type="button"
              className="secondary-button"
              data-testid="revoke-cancel"
              disabled={step.kind === 'sending'}
              onClick={() => setStep({ kind: 'idle' })}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" aria-live="polite">
        {step.kind === 'revoked' ? (
          <span data-testid="revoke-result" data-status="revoked">
            {t('revoke.done', { kioskId })}
          </span>
        ) : step.kind === 'failed' ? (
          <span className="action-error" data-testid="revoke-result">
            {t('revoke.failed', { code: step.code })}
          </span>
        ) : null}
      </p>
    </section>
  );
}
