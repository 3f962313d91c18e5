import { err, ok } from '@motcua/protocol';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readAllTlv, readOnly } from './tlv';
import type { Tlv } from './tlv';
import type { ChipResult } from './types';
import { chipError } from './types';

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_LDS_SECURITY_OBJECT = '2.23.136.1.1.1';
const HASHES: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** The LDS security object: which hash, and each data group's hash. */
export interface SecurityObject {
  readonly algorithm: string;
  readonly hashes: ReadonlyMap<number, Buffer>;
}

const invalid = (message: string) =>
  err(chipError('chip.sod_invalid', message));

/** DER OBJECT IDENTIFIER → dotted text. */
export function oidText(value: Uint8Array): string {
  const parts: number[] = [];
  let n = 0;
  for (const byte of value) {
    n = n * 0x80 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (parts.length === 0)
        parts.push(n < 80 ? Math.floor(n / 40) : 2, n < 80 ? n % 40 : n - 80);
      else parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

function children(tlv: Tlv | undefined, tag: number): ChipResult<Tlv[]> {
  if (tlv?.tag !== tag) {
    return invalid(`expected tag 0x${tag.toString(16)} in EF.SOD`);
  }
  return readAllTlv(tlv.value);
}

/**
 * EF.SOD (tag 77) is a CMS SignedData (RFC 5652) whose content is the
 * LDSSecurityObject (ICAO 9303-10 §4.6.2): the hash algorithm and one
 * hash per data group. Only that content is read here.
 * TODO(passive-auth-signature): the signer's signature over the content
 * and the chain Document Signer → CSCA are not checked: that needs
 * Vietnam's CSCA certificates (published through the ICAO PKD, not
 * available to this project), so the hashes prove integrity against the
 * SOD only, not that the SOD was issued by the state.
 */
export function parseSod(file: Uint8Array): ChipResult<SecurityObject> {
  const outer = readOnly(file, 0x77);
  if (!outer.ok) return outer;
  const contentInfo = readOnly(outer.value.value, 0x30);
  if (!contentInfo.ok) return contentInfo;
  const info = readAllTlv(contentInfo.value.value);
  if (!info.ok) return info;
  const [type, explicit] = info.value;
  if (type?.tag !== 0x06 || oidText(type.value) !== OID_SIGNED_DATA) {
    return invalid('EF.SOD is not a CMS SignedData');
  }
  const wrapped = children(explicit, 0xa0);
  if (!wrapped.ok) return wrapped;
  const signed = children(wrapped.value[0], 0x30);
  if (!signed.ok) return signed;
  // version, digestAlgorithms, encapContentInfo, ...
  const encap = children(signed.value[2], 0x30);
  if (!encap.ok) return encap;
  const [contentType, content] = encap.value;
  if (
    contentType?.tag !== 0x06 ||
    oidText(contentType.value) !== OID_LDS_SECURITY_OBJECT
  ) {
    return invalid('EF.SOD does not hold an LDS security object');
  }
  const octets = children(content, 0xa0);
  if (!octets.ok) return octets;
  const octet = octets.value[0];
  if (octet?.tag !== 0x04)
    return invalid('LDS security object is not wrapped in an OCTET STRING');
  const lds = readOnly(octet.value, 0x30);
  if (!lds.ok) return lds;
  const ldsFields = readAllTlv(lds.value.value);
  if (!ldsFields.ok) return ldsFields;
  const algorithm = children(ldsFields.value[1], 0x30);
  if (!algorithm.ok) return algorithm;
  const oid = algorithm.value[0];
  const hash = oid?.tag === 0x06 ? HASHES[oidText(oid.value)] : undefined;
  if (hash === undefined) {
    return err(chipError('chip.hash_algorithm', 'EF.SOD uses an unknown hash'));
  }
  const list = children(ldsFields.value[2], 0x30);
  if (!list.ok) return list;
  const hashes = new Map<number, Buffer>();
  for (const entry of list.value) {
    const pair = children(entry, 0x30);
    if (!pair.ok) return pair;
    const [number, value] = pair.value;
    if (
      number?.tag !== 0x02 ||
      value?.tag !== 0x04 ||
      number.value.length !== 1
    ) {
      return invalid('a data group hash entry is malformed');
    }
    hashes.set(number.value[0] ?? 0, value.value);
  }
  return ok({ algorithm: hash, hashes });
}

/** Each data group read must hash to what EF.SOD lists for it. */
export function checkHashes(
  sod: SecurityObject,
  groups: ReadonlyMap<number, Buffer>,
): ChipResult<void> {
  for (const [number, bytes] of groups) {
    const expected = sod.hashes.get(number);
    if (expected === undefined) {
      return err(
        chipError('chip.hash_missing', `EF.SOD has no hash for DG${number}`),
      );
    }
    const actual = createHash(sod.algorithm).update(bytes).digest();
    if (
      actual.length !== expected.length ||
      !timingSafeEqual(actual, expected)
    ) {
      return err(
        chipError(
          'chip.hash_mismatch',
          `DG${number} does not match its hash in EF.SOD`,
        ),
      );
    }
  }
  return ok(undefined);
}
