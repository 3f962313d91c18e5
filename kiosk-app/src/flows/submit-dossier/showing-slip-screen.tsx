import { formatDate } from '@motcua/locales';
import type { PrintOutcome } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../ui/screen-layout';
import { assertNever } from './form';
import { PaymentPanel } from './payment-panel';
import { useQrDataUrl } from './use-qr-data-url';
import type { ScreenProps } from './screen-props';

function printMessageKey(outcome: PrintOutcome): string {
  switch (outcome) {
    case 'printed':
      return 'slip.printed';
    case 'paperOut':
    case 'coverOpen':
    case 'printerUnavailable':
      // The dossier is committed either way; the screen is the slip now.
      return 'slip.notPrinted';
    default:
      return assertNever(outcome);
  }
}

export function ShowingSlipScreen({ snapshot, send }: ScreenProps) {
  const { t } = useTranslation('app');
  const receipt = snapshot.context.receipt;
  const qr = useQrDataUrl(receipt?.dossierCode ?? '');
  if (receipt === null) return null;
  const printed = receipt.print === 'printed';

  return (
    <ScreenLayout
      name="slip"
      heading={t('slip.heading')}
      controls={
        <button
          type="button"
          className="button button--primary button--huge"
          data-testid="slip-done"
          onClick={() => send({ type: 'resident.finish' })}
        >
          {t('slip.done')}
        </button>
      }
    >
      <p className="slip__label">{t('slip.code')}</p>
      <p className="slip__code" data-testid="dossier-code">
        {receipt.dossierCode}
      </p>
      <p className="slip__label">{t('slip.returnDate')}</p>
      <p className="slip__date" data-testid="return-date">
        {formatDate(receipt.returnDate)}
      </p>
      {qr !== null && (
        <img
          className="slip__qr"
          src={qr}
          alt={t('slip.qr')}
          data-testid="slip-qr"
          width={320}
          height={320}
        />
      )}
      {receipt.payment !== undefined && (
        <PaymentPanel
          payment={receipt.payment}
          dossierCode={receipt.dossierCode}
        />
      )}
      <p
        className={printed ? 'notice' : 'error-box'}
        role="status"
        data-testid="print-outcome"
        data-outcome={receipt.print}
      >
        {t(printMessageKey(receipt.print))}
      </p>
    </ScreenLayout>
  );
}
