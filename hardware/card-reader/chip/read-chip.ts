import { err, ok } from '@motcua/protocol';
import { swText, SW_OK, selectApplication } from './apdu';
import type { RandomSource } from './bac';
import { performBac } from './bac';
import { CardLink } from './card-link';
import { cccdMrzInformation, chipIdentity } from './chip-identity';
import { parseDg1 } from './dg1';
import { parseDg13 } from './dg13';
import { FILE_ID, readFile } from './read-file';
import { checkHashes, parseSod } from './sod';
import { readAllTlv, readOnly } from './tlv';
import type { ApduTransport, ChipAccess, ChipRead, ChipResult } from './types';
import { chipError } from './types';

/** The eMRTD application (ICAO 9303-10 §3.6.2). */
export const EMRTD_AID = Buffer.from('A0000002471001', 'hex');

/** EF.COM's tag list: LDS tags → data group numbers. */
const DG_TAGS: Readonly<Record<number, number>> = {
  0x61: 1,
  0x75: 2,
  0x63: 3,
  0x76: 4,
  0x65: 5,
  0x66: 6,
  0x67: 7,
  0x68: 8,
  0x69: 9,
  0x6a: 10,
  0x6b: 11,
  0x6c: 12,
  0x6d: 13,
  0x6e: 14,
  0x6f: 15,
  0x70: 16,
};

/** Data group numbers listed in EF.COM (tag 60, tag list 5C). */
export function presentGroups(com: Uint8Array): ChipResult<number[]> {
  const outer = readOnly(com, 0x60);
  if (!outer.ok) return outer;
  const inner = readAllTlv(outer.value.value);
  if (!inner.ok) return inner;
  const list = inner.value.find((tlv) => tlv.tag === 0x5c);
  if (list === undefined) {
    return err(chipError('chip.tlv', 'EF.COM has no tag list'));
  }
  return ok([...list.value].flatMap((tag) => DG_TAGS[tag] ?? []));
}

export interface ReadChipOptions {
  /** Nonces and key halves for BAC; `crypto.randomBytes` by default. */
  readonly random?: RandomSource;
}

/**
 * Reads a CCCD chip: SELECT the eMRTD application, BAC with the card's ID
 * number, birth and expiry dates, then EF.COM, DG1, DG13 and EF.SOD through
 * secure messaging; DG1 and DG13 must hash to EF.SOD's values.
 * Every failure is a coded `ChipError`; nothing is thrown for card input.
 * DG2 (the face image, sensitive biometric data) is deliberately not read.
 */
export async function readCccdChip(
  transport: ApduTransport,
  access: ChipAccess,
  options: ReadChipOptions = {},
): Promise<ChipResult<ChipRead>> {
  const mrzInfo = cccdMrzInformation(access);
  if (!mrzInfo.ok) return mrzInfo;
  const link = new CardLink(transport);

  const selected = await link.send(selectApplication(EMRTD_AID));
  if (!selected.ok) return selected;
  if (selected.value.sw !== SW_OK) {
    return err(
      chipError(
        'chip.not_emrtd',
        `SELECT eMRTD application answered ${swText(selected.value.sw)}`,
        { sw: selected.value.sw },
      ),
    );
  }

  const channel = await performBac(link, mrzInfo.value, options.random);
  if (!channel.ok) return channel;

  const files: Buffer[] = [];
  for (const fid of [FILE_ID.COM, FILE_ID.DG1, FILE_ID.DG13, FILE_ID.SOD]) {
    const file = await readFile(link, channel.value, fid);
    if (!file.ok) return file;
    files.push(file.value);
  }
  const [com, dg1, dg13, sodFile] = files as [Buffer, Buffer, Buffer, Buffer];

  const present = presentGroups(com);
  if (!present.ok) return present;
  const sod = parseSod(sodFile);
  if (!sod.ok) return sod;
  const hashed = checkHashes(
    sod.value,
    new Map([
      [1, dg1],
      [13, dg13],
    ]),
  );
  if (!hashed.ok) return hashed;

  const mrz = parseDg1(dg1);
  if (!mrz.ok) return mrz;
  const personal = parseDg13(dg13);
  if (!personal.ok) return personal;
  const identity = chipIdentity(personal.value, mrz.value);
  if (!identity.ok) return identity;
  return ok({
    mrz: mrz.value,
    dg13: personal.value,
    present: present.value,
    identity: identity.value,
  });
}
