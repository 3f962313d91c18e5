import { z } from 'zod';
import type { ProtocolError } from './error';
import { protocolError } from './error';
import type { Result } from './result';
import { err, ok } from './result';
import { text } from './text';
import { crcHex, parseTlv, tlv, tlvValue } from './vietqr-tlv';

/**
 * VietQR: the NAPAS profile of the EMVCo merchant-presented QR code, which
 * every Vietnamese banking app reads to pre-fill a transfer (NAPAS 247).
 */

/** NAPAS's application id in the merchant account information (tag 38). */
export const NAPAS_GUID = 'A000000727';
/** Service code for a transfer to an account number (not to a card). */
export const VIETQR_ACCOUNT_SERVICE = 'QRIBFTTA';
/** ISO 4217 numeric code of the dong. */
export const VND_CURRENCY = '704';

/** Who receives a fee: the ward's bank account, set per ward. */
export const vietQrPayeeSchema = z.strictObject({
  /** The bank's 6-digit BIN in the NAPAS network (e.g. 970436). */
  bankBin: z.string().regex(/^\d{6}$/, { message: 'must be 6 digits' }),
  accountNumber: z.string().regex(/^[0-9A-Za-z]{1,19}$/, {
    message: 'must be 1–19 letters or digits',
  }),
  /** As the bank holds it; shown on the slip, not put in the code. */
  accountName: text(70, 1),
});
export type VietQrPayee = z.infer<typeof vietQrPayeeSchema>;

export interface VietQrRequest {
  readonly bankBin: string;
  readonly accountNumber: string;
  /** Whole dong; a code with an amount is dynamic (point of init 12). */
  readonly amountVnd?: number;
  /** The transfer message, such as the dossier code. */
  readonly purpose?: string;
}

/** What a VietQR payload says, read back. */
export interface VietQrData {
  readonly bankBin: string;
  readonly accountNumber: string;
  readonly dynamic: boolean;
  readonly amountVnd: number | undefined;
  readonly purpose: string | undefined;
}

const PURPOSE = /^[0-9A-Za-z .\-_/]{1,25}$/;

/** Builds the payload string of a VietQR transfer code. */
export function buildVietQr(
  request: VietQrRequest,
): Result<string, ProtocolError> {
  const payee = vietQrPayeeSchema
    .pick({ bankBin: true, accountNumber: true })
    .safeParse({
      bankBin: request.bankBin,
      accountNumber: request.accountNumber,
    });
  if (!payee.success) {
    const field = payee.error.issues[0]?.path.join('.') ?? 'payee';
    return err(protocolError('vietqr.payee', `Bad payee ${field}`, field));
  }
  const { amountVnd, purpose } = request;
  if (
    amountVnd !== undefined &&
    (!Number.isInteger(amountVnd) || amountVnd < 1 || amountVnd > 1e12)
  ) {
    return err(
      protocolError('vietqr.amount', 'Amount must be whole dong', 'amountVnd'),
    );
  }
  if (purpose !== undefined && !PURPOSE.test(purpose)) {
    return err(
      protocolError(
        'vietqr.purpose',
        'Purpose must be 1–25 letters, digits, spaces or . - _ /',
        'purpose',
      ),
    );
  }

  const account =
    tlv('00', NAPAS_GUID) +
    tlv('01', tlv('00', request.bankBin) + tlv('01', request.accountNumber)) +
    tlv('02', VIETQR_ACCOUNT_SERVICE);
  const body =
    tlv('00', '01') +
    tlv('01', amountVnd === undefined ? '11' : '12') +
    tlv('38', account) +
    tlv('53', VND_CURRENCY) +
    (amountVnd === undefined ? '' : tlv('54', String(amountVnd))) +
    tlv('58', 'VN') +
    (purpose === undefined ? '' : tlv('62', tlv('08', purpose))) +
    '6304';
  return ok(body + crcHex(body));
}

/** Reads a VietQR payload back, checking its CRC and NAPAS account. */
export function parseVietQr(
  payload: string,
): Result<VietQrData, ProtocolError> {
  const bad = (message: string) =>
    err(protocolError('vietqr.invalid', message));
  if (!/^[\x20-\x7e]+$/.test(payload) || payload.length < 8) {
    return bad('Not a VietQR payload');
  }
  const crcAt = payload.length - 4;
  if (payload.slice(crcAt - 4, crcAt) !== '6304') {
    return bad('The CRC field (63) is not last');
  }
  if (crcHex(payload.slice(0, crcAt)) !== payload.slice(crcAt)) {
    return bad('CRC mismatch');
  }
  const fields = parseTlv(payload);
  if (!fields.ok) return fields;
  if (tlvValue(fields.value, '00') !== '01') return bad('Format is not 01');

  const account = parseTlv(tlvValue(fields.value, '38') ?? '');
  if (!account.ok) return account;
  if (tlvValue(account.value, '00') !== NAPAS_GUID) {
    return bad('Not a NAPAS account');
  }
  const beneficiary = parseTlv(tlvValue(account.value, '01') ?? '');
  if (!beneficiary.ok) return beneficiary;
  const bankBin = tlvValue(beneficiary.value, '00');
  const accountNumber = tlvValue(beneficiary.value, '01');
  if (bankBin === undefined || accountNumber === undefined) {
    return bad('Bank BIN or account number missing');
  }

  const amount = tlvValue(fields.value, '54');
  const additional = parseTlv(tlvValue(fields.value, '62') ?? '');
  if (!additional.ok) return additional;
  return ok({
    bankBin,
    accountNumber,
    dynamic: tlvValue(fields.value, '01') === '12',
    amountVnd: amount === undefined ? undefined : Number(amount),
    purpose: tlvValue(additional.value, '08'),
  });
}
