import { err, ok } from '@motcua/protocol';
import { readBinary, selectFile, swText, SW_OK } from './apdu';
import type { CardLink } from './card-link';
import type { SecureChannel } from './secure-messaging';
import { objectSize } from './tlv';
import type { ChipResult } from './types';
import { chipError } from './types';

/** File identifiers of the LDS (ICAO 9303-10 §4.6). */
export const FILE_ID = {
  COM: 0x011e,
  SOD: 0x011d,
  DG1: 0x0101,
  DG13: 0x010d,
} as const;

/** Bytes per READ BINARY: keeps protected answers within short APDUs. */
export const READ_CHUNK = 0xdf;
/** READ BINARY with a 15-bit offset cannot go past this. */
const MAX_FILE = 0x7fff;
const HEAD = 4;

function readError(what: string, sw: number) {
  return err(
    chipError(
      sw === 0x6a82 ? 'chip.file_not_found' : 'chip.read_failed',
      `${what} answered ${swText(sw)}`,
      { sw },
    ),
  );
}

/**
 * Selects an elementary file and reads it whole through secure messaging:
 * its first bytes give the object's size, then READ BINARY in chunks.
 */
export async function readFile(
  link: CardLink,
  channel: SecureChannel,
  fid: number,
): Promise<ChipResult<Buffer>> {
  const name = `file ${fid.toString(16).padStart(4, '0')}`;
  const selected = await link.sendSecure(channel, selectFile(fid));
  if (!selected.ok) return selected;
  if (selected.value.sw !== SW_OK) {
    return readError(`SELECT ${name}`, selected.value.sw);
  }

  const head = await link.sendSecure(channel, readBinary(0, HEAD));
  if (!head.ok) return head;
  if (head.value.sw !== SW_OK) {
    return readError(`READ BINARY ${name}`, head.value.sw);
  }
  const size = objectSize(head.value.data);
  if (!size.ok) return size;
  if (size.value > MAX_FILE) {
    return err(chipError('chip.tlv', `${name} claims ${size.value} bytes`));
  }

  const parts = [head.value.data.subarray(0, size.value)];
  let offset = parts[0]?.length ?? 0;
  while (offset < size.value) {
    const length = Math.min(READ_CHUNK, size.value - offset);
    const chunk = await link.sendSecure(channel, readBinary(offset, length));
    if (!chunk.ok) return chunk;
    if (chunk.value.sw !== SW_OK) {
      return readError(`READ BINARY ${name} at ${offset}`, chunk.value.sw);
    }
    if (chunk.value.data.length === 0) {
      return err(
        chipError('chip.read_failed', `${name} ended at ${offset} bytes`),
      );
    }
    const piece = chunk.value.data.subarray(0, size.value - offset);
    parts.push(piece);
    offset += piece.length;
  }
  return ok(Buffer.concat(parts));
}
