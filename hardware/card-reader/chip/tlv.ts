import { err, ok } from '@motcua/protocol';
import type { ChipResult } from './types';
import { chipError } from './types';

/** One BER-TLV data object; `tag` holds all tag bytes (0x5F1F, 0x61). */
export interface Tlv {
  readonly tag: number;
  readonly constructed: boolean;
  readonly value: Buffer;
  /** Tag, length and value, as they were on the card. */
  readonly raw: Buffer;
}

const bad = (message: string) => err(chipError('chip.tlv', message));

/** Reads the data object that starts at `offset`. */
export function readTlv(
  data: Uint8Array,
  offset = 0,
): ChipResult<{ tlv: Tlv; next: number }> {
  let at = offset;
  const first = data[at];
  if (first === undefined) return bad('TLV ends before its tag');
  if (first === 0x00 || first === 0xff) return bad('TLV tag is padding');
  let tag = first;
  at += 1;
  if ((first & 0x1f) === 0x1f) {
    for (;;) {
      const byte = data[at];
      if (byte === undefined) return bad('TLV ends inside its tag');
      tag = tag * 0x100 + byte;
      at += 1;
      if ((byte & 0x80) === 0) break;
      if (tag > 0xffffff) return bad('TLV tag longer than 3 bytes');
    }
  }
  const lengthByte = data[at];
  if (lengthByte === undefined) return bad('TLV ends before its length');
  at += 1;
  let length = lengthByte;
  if (lengthByte > 0x80 && lengthByte <= 0x83) {
    length = 0;
    for (let i = 0; i < lengthByte - 0x80; i += 1) {
      const byte = data[at];
      if (byte === undefined) return bad('TLV ends inside its length');
      length = length * 0x100 + byte;
      at += 1;
    }
  } else if (lengthByte >= 0x80) {
    return bad(`TLV length form 0x${lengthByte.toString(16)} not allowed`);
  }
  if (at + length > data.length) {
    return bad(`TLV value of ${length} bytes runs past the data`);
  }
  const bytes = Buffer.from(data);
  return ok({
    tlv: {
      tag,
      constructed: (first & 0x20) !== 0,
      value: bytes.subarray(at, at + length),
      raw: bytes.subarray(offset, at + length),
    },
    next: at + length,
  });
}

/** Every data object in `data`, back to back, with nothing left over. */
export function readAllTlv(data: Uint8Array): ChipResult<Tlv[]> {
  const out: Tlv[] = [];
  let at = 0;
  while (at < data.length) {
    const read = readTlv(data, at);
    if (!read.ok) return read;
    out.push(read.value.tlv);
    at = read.value.next;
  }
  return ok(out);
}

/** Reads one object of the expected tag that fills `data` exactly. */
export function readOnly(data: Uint8Array, tag: number): ChipResult<Tlv> {
  const read = readTlv(data);
  if (!read.ok) return read;
  if (read.value.tlv.tag !== tag) {
    return bad(
      `expected tag 0x${tag.toString(16)}, found 0x${read.value.tlv.tag.toString(16)}`,
    );
  }
  return ok(read.value.tlv);
}

/** The BER length bytes for `length`. */
export function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x100) return Buffer.from([0x81, length]);
  return Buffer.from([0x82, length >> 8, length & 0xff]);
}

/** Encodes one object with a one- or two-byte tag. */
export function encodeTlv(tag: number, value: Uint8Array): Buffer {
  const tagBytes =
    tag > 0xff ? Buffer.from([tag >> 8, tag & 0xff]) : Buffer.from([tag]);
  return Buffer.concat([tagBytes, encodeLength(value.length), value]);
}

/**
 * The total size (header and value) of the object whose first bytes are
 * `head`, for reading a file in pieces; `head` needs the tag and length.
 */
export function objectSize(head: Uint8Array): ChipResult<number> {
  let at = 1;
  if (((head[0] ?? 0) & 0x1f) === 0x1f) {
    while (((head[at] ?? 0) & 0x80) !== 0) at += 1;
    at += 1;
  }
  const lengthByte = head[at];
  if (lengthByte === undefined) return bad('file header is too short');
  at += 1;
  if (lengthByte < 0x80) return ok(at + lengthByte);
  const count = lengthByte - 0x80;
  if (count < 1 || count > 3) return bad('file length form not allowed');
  if (at + count > head.length) return bad('file header is too short');
  let length = 0;
  for (let i = 0; i < count; i += 1)
    length = length * 0x100 + (head[at + i] ?? 0);
  return ok(at + count + length);
}
