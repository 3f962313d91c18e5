import { err, ok } from './result';
import type { Result } from './result';
import type { ProtocolError } from './error';
import { protocolError } from './error';

/**
 * EMVCo merchant-presented QR data is a run of TLV fields: a two-digit tag,
 * a two-digit decimal length, then that many characters. Templates (such as
 * the merchant account and the additional data) hold TLV runs themselves.
 */
export interface TlvField {
  readonly tag: string;
  readonly value: string;
}

const TAG = /^\d{2}$/;
// EMVCo counts characters; NAPAS allows only printable ASCII in VietQR.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** One field, `tag` + length + value; throws on a value no reader accepts. */
export function tlv(tag: string, value: string): string {
  if (!TAG.test(tag)) throw new Error(`TLV tag must be two digits: ${tag}`);
  if (value.length > 99 || !PRINTABLE_ASCII.test(value)) {
    throw new Error(`TLV ${tag}: value must be 0–99 printable ASCII`);
  }
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

/** Splits a TLV run into its fields, in order; never throws. */
export function parseTlv(data: string): Result<TlvField[], ProtocolError> {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < data.length) {
    const tag = data.slice(at, at + 2);
    const length = data.slice(at + 2, at + 4);
    if (!TAG.test(tag) || !/^\d{2}$/.test(length)) {
      return err(
        protocolError(
          'qr.tlv',
          `Bad TLV header at offset ${String(at)}`,
          `offset.${String(at)}`,
        ),
      );
    }
    const end = at + 4 + Number(length);
    if (end > data.length) {
      return err(
        protocolError('qr.tlv', `TLV ${tag} runs past the end of the data`),
      );
    }
    fields.push({ tag, value: data.slice(at + 4, end) });
    at = end;
  }
  return ok(fields);
}

/** The value of the first field with `tag`, if any. */
export function tlvValue(
  fields: readonly TlvField[],
  tag: string,
): string | undefined {
  return fields.find((field) => field.tag === tag)?.value;
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, not reflected, no
 * final XOR) over the characters of `data` as bytes: EMVCo's field 63.
 */
export function crc16CcittFalse(data: string): number {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(data)) {
    crc = (crc ^ (byte << 8)) & 0xffff;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** The CRC as EMVCo writes it: four upper-case hex digits. */
export function crcHex(data: string): string {
  return crc16CcittFalse(data).toString(16).toUpperCase().padStart(4, '0');
}
