import { createCipheriv, createDecipheriv } from 'node:crypto';

/**
 * The cryptography of BAC and secure messaging (ICAO 9303-11 §9.8 and
 * §9.8.6): two-key 3DES in CBC mode with a zero IV, and the ISO 9797-1
 * MAC algorithm 3 ("retail MAC") with padding method 2. Node 20 refuses
 * single-DES ciphers, so single DES runs as 3DES with the key repeated.
 */
const ZERO_IV = Buffer.alloc(8);

/** ISO 9797-1 padding method 2: 0x80, then zeros to a multiple of 8. */
export function pad(data: Uint8Array): Buffer {
  const length = (Math.floor(data.length / 8) + 1) * 8;
  const out = Buffer.alloc(length);
  out.set(data);
  out[data.length] = 0x80;
  return out;
}

/** Removes method-2 padding; null when the padding is not there. */
export function unpad(data: Uint8Array): Buffer | null {
  let end = data.length - 1;
  while (end >= 0 && data[end] === 0x00) end -= 1;
  if (end < 0 || data[end] !== 0x80 || data.length - end > 8) return null;
  return Buffer.from(data.subarray(0, end));
}

function run(
  cipher: 'des-ede-cbc' | 'des-ede3-ecb',
  encrypt: boolean,
  key: Uint8Array,
  data: Uint8Array,
): Buffer {
  const iv = cipher === 'des-ede-cbc' ? ZERO_IV : null;
  const engine = encrypt
    ? createCipheriv(cipher, key, iv)
    : createDecipheriv(cipher, key, iv);
  engine.setAutoPadding(false);
  return Buffer.concat([engine.update(data), engine.final()]);
}

/** 3DES-CBC (16-byte key K1‖K2), zero IV; `data` a multiple of 8 bytes. */
export function encrypt3des(key: Uint8Array, data: Uint8Array): Buffer {
  return run('des-ede-cbc', true, key, data);
}

export function decrypt3des(key: Uint8Array, data: Uint8Array): Buffer {
  return run('des-ede-cbc', false, key, data);
}

function desBlock(key: Uint8Array, block: Uint8Array, enc: boolean): Buffer {
  const k = Buffer.from(key);
  return run('des-ede3-ecb', enc, Buffer.concat([k, k, k]), block);
}

/**
 * Retail MAC over `data` (padded here) with the 16-byte key Ka‖Kb: DES-CBC
 * with Ka over every block, then the last result decrypted with Kb and
 * encrypted with Ka again. Returns 8 bytes.
 */
export function retailMac(key: Uint8Array, data: Uint8Array): Buffer {
  const ka = key.subarray(0, 8);
  const kb = key.subarray(8, 16);
  const padded = pad(data);
  let chain: Buffer = Buffer.alloc(8);
  for (let offset = 0; offset < padded.length; offset += 8) {
    const block = Buffer.alloc(8);
    for (let i = 0; i < 8; i += 1) {
      block[i] = (chain[i] ?? 0) ^ (padded[offset + i] ?? 0);
    }
    chain = desBlock(ka, block, true);
  }
  return desBlock(ka, desBlock(kb, chain, false), true);
}
