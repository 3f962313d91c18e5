import { formatVnd } from '@motcua/locales';
import type { DossierPayment } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';
import { useQrDataUrl } from './use-qr-data-url';
import './submit-dossier.css';

interface PaymentPanelProps {
  readonly payment: DossierPayment;
  readonly dossierCode: string;
}

/**
 * The fee after submitting: the amount, and a VietQR code that any
 * Vietnamese banking app reads to fill in the transfer (account, amount,
 * the dossier code as its message). Without a code the fee is paid at the
 * counter.
 */
export function PaymentPanel({ payment, dossierCode }: PaymentPanelProps) {
  const { t } = useTranslation('app');
  const qr = useQrDataUrl(payment.vietQr ?? '', 360);

  return (
    <section className="payment" data-testid="payment">
      <h2 className="payment__heading">{t('payment.heading')}</h2>
      <p className="payment__amount" data-testid="payment-amount">
        {formatVnd(payment.amountVnd)}
      </p>
      {payment.vietQr === undefined ? (
        <p className="notice" data-testid="payment-at-counter">
          {t('payment.atCounter')}
        </p>
      ) : (
        <>
          {qr !== null && (
            <img
              className="payment__qr"
              src={qr}
              alt={t('payment.qrAlt', { amount: formatVnd(payment.amountVnd) })}
              data-testid="payment-qr"
              data-payload={payment.vietQr}
              width={360}
              height={360}
            />
          )}
          <ol className="payment__steps">
            <li>{t('payment.step1')}</li>
            <li>{t('payment.step2', { code: dossierCode })}</li>
            <li>{t('payment.step3')}</li>
          </ol>
          <p className="payment__counter">{t('payment.orCounter')}</p>
        </>
      )}
    </section>
  );
}
