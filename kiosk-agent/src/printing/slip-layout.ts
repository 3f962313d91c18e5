import type { SlipLayout } from '@motcua/hardware/receipt-printer';
import { formatClock, formatDate, formatVnd } from '@motcua/locales';
import type { DossierPayment, Procedure } from '@motcua/protocol';
import type { SlipView } from '../store/dossier-store';
import { translate } from './slip-text';

export interface SlipContext {
  readonly wardName: string;
  readonly kioskId: string;
  readonly reprint?: boolean;
  /** The fee to pay, from `dossierPayment`. */
  readonly payment?: DossierPayment;
  /** The ward account's holder, named under the payment code. */
  readonly payeeName?: string;
}

/**
 * The appointment slip (Form 01, applicant's copy) for a committed dossier,
 * in the resident's language. The ID number is masked even on paper: a slip
 * left behind must not give it away.
 */
export function slipLayout(
  record: SlipView,
  procedure: Procedure,
  context: SlipContext,
): SlipLayout {
  const language = record.language;
  const t = (key: string, values?: Record<string, string | number>) =>
    translate(language, 'slip', key, values);

  const receivedAt = new Date(record.receivedAt);
  const clock = formatClock(receivedAt);
  const processing =
    procedure.processingDays === 0
      ? t('sameDay')
      : t('processingDaysValue', { count: procedure.processingDays });

  return {
    header: [
      t('agency', { ward: context.wardName }).toUpperCase(),
      t('department'),
      ...(context.reprint === true ? [t('reprint')] : []),
    ],
    title: t('title'),
    code: record.code,
    rows: [
      { label: t('dossierCode'), value: record.code },
      { label: t('applicant'), value: record.applicantName },
      { label: t('idNumber'), value: record.idNumberMasked },
      { label: t('procedure'), value: procedure.name[language] },
      {
        label: t('receivedAt'),
        value: t('receivedAtValue', {
          hour: clock.hour,
          minute: clock.minute,
          date: formatDate(receivedAt),
        }),
      },
      { label: t('processingDays'), value: processing },
      { label: t('returnDate'), value: formatDate(record.returnDate) },
      {
        label: t('fee'),
        value:
          procedure.feeVnd === 0 ? t('free') : printedVnd(procedure.feeVnd),
      },
    ],
    qr: record.code,
    ...paymentBlock(context, t),
    footer: [
      ...(context.payment !== undefined && context.payment.vietQr === undefined
        ? [t('payAtCounter')]
        : []),
      t('collectAt'),
      t('scanToTrack'),
      t('pendingTransmission'),
      `${t('kiosk')} ${context.kioskId} · ${t('copy')}`,
    ],
  };
}

/** The payment code under the dossier's QR code, when there is one. */
function paymentBlock(
  context: SlipContext,
  t: (key: string, values?: Record<string, string | number>) => string,
): Pick<SlipLayout, 'payment'> {
  const { payment } = context;
  if (payment?.vietQr === undefined) return {};
  return {
    payment: {
      lines: [
        t('payAmount', { amount: printedVnd(payment.amountVnd) }),
        t('payScan'),
        ...(context.payeeName === undefined
          ? []
          : [t('payTo', { name: context.payeeName })]),
      ],
      qr: payment.vietQr,
    },
  };
}

/**
 * `8.000 VND`: the sign ₫ is in no printer code page (TCVN-3 included), so
 * on paper the amount keeps formatVnd's digits and takes the ISO code.
 */
export function printedVnd(amount: number): string {
  return formatVnd(amount).replace(/\s*₫/, ' VND');
}
