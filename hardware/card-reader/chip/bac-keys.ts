import { createHash } from 'node:crypto';

const WEIGHTS = [7, 3, 1] as const;

/** Value of one MRZ character: digits, A–Z as 10–35, `<` as 0. */
function charValue(char: string): number | null {
  if (char === '<') return 0;
  if (/^[0-9]$/.test(char)) return Number(char);
  if (/^[A-Z]$/.test(char)) return char.charCodeAt(0) - 55;
  return null;
}

/** ICAO 9303-3 §4.9 check digit; null for characters outside the MRZ set. */
export function checkDigit(field: string): number | null {
  let sum = 0;
  for (const [index, char] of [...field].entries()) {
    const value = charValue(char);
    if (value === null) return null;
    sum += value * (WEIGHTS[index % 3] ?? 1);
  }
  return sum % 10;
}

/**
 * "MRZ_information" of ICAO 9303-11 §9.7.1: document number, date of birth
 * and date of expiry, each followed by its check digit. A document number
 * shorter than 9 characters is filled with `<`. Null when a field holds a
 * character the MRZ cannot.
 */
export function mrzInformation(
  documentNumber: string,
  birthYymmdd: string,
  expiryYymmdd: string,
): string | null {
  const fields = [documentNumber.padEnd(9, '<'), birthYymmdd, expiryYymmdd];
  let out = '';
  for (const field of fields) {
    const digit = checkDigit(field);
    if (digit === null) return null;
    out += field + String(digit);
  }
  return out;
}

/** Sets each byte's lowest bit so the byte has odd parity (DES keys). */
export function withParity(key: Uint8Array): Buffer {
  const out = Buffer.from(key);
  for (const [i, byte] of out.entries()) {
    let ones = 0;
    for (let bit = 1; bit < 0x100; bit <<= 1) if (byte & bit) ones += 1;
    // Count the upper seven bits, then choose the lowest bit to make odd.
    const upper = ones - (byte & 1);
    out[i] = (byte & 0xfe) | (upper % 2 === 0 ? 1 : 0);
  }
  return out;
}

/** Key derivation of ICAO 9303-11 §9.7.1: 3DES key for counter `c`. */
export function deriveKey(seed: Uint8Array, counter: 1 | 2): Buffer {
  const c = Buffer.from([0, 0, 0, counter]);
  const digest = createHash('sha1').update(seed).update(c).digest();
  return withParity(digest.subarray(0, 16));
}

export interface BacKeys {
  readonly seed: Buffer;
  readonly kEnc: Buffer;
  readonly kMac: Buffer;
}

/** K_seed is the first 16 bytes of SHA-1 of the MRZ information. */
export function bacKeys(mrzInfo: string): BacKeys {
  const seed = createHash('sha1')
    .update(mrzInfo, 'ascii')
    .digest()
    .subarray(0, 16);
  return { seed, kEnc: deriveKey(seed, 1), kMac: deriveKey(seed, 2) };
}
