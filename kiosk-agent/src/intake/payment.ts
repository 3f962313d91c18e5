import type { DossierPayment, VietQrPayee } from '@motcua/protocol';
import { buildVietQr } from '@motcua/protocol';

/**
 * The fee of a dossier and, when the ward has an account set, the VietQR
 * code that pre-fills the transfer: the amount, and the dossier code as the
 * transfer message so the ward can match the payment. No fee, no payment.
 */
export function dossierPayment(
  feeVnd: number,
  dossierCode: string,
  payee: VietQrPayee | undefined,
): DossierPayment | undefined {
  if (feeVnd <= 0) return undefined;
  if (payee === undefined) return { amountVnd: feeVnd };
  const vietQr = buildVietQr({
    bankBin: payee.bankBin,
    accountNumber: payee.accountNumber,
    amountVnd: feeVnd,
    purpose: dossierCode,
  });
  // The payee was checked when it was read, and the code and the fee by
  // their schemas, so a refusal here is a bug in one of those checks.
  if (!vietQr.ok) throw new Error(`VietQR refused: ${vietQr.error.message}`);
  return { amountVnd: feeVnd, vietQr: vietQr.value };
}
