import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealer {
  seal(value: unknown): Buffer;
  open(sealed: Buffer): unknown;
  sealBytes(bytes: Uint8Array): Buffer;
  openBytes(sealed: Buffer): Buffer;
}

/**
 * Personal fields are stored encrypted (AES-256-GCM). The key lives in a
 * file readable by the agent's user only.
 * TODO(kiosk-os): keep the key in the TPM or a root-owned keyring so that a
 * copied disk image does not carry its own key.
 */
export function loadSealer(dataDir: string): Sealer {
  const keyPath = join(dataDir, 'store.key');
  if (!existsSync(keyPath)) {
    writeFileSync(keyPath, randomBytes(32), { mode: 0o600, flag: 'wx' });
  }
  const key = readFileSync(keyPath);

  const sealBytes = (bytes: Uint8Array): Buffer => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, iv);
    const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  };
  const openBytes = (sealed: Buffer): Buffer => {
    const iv = sealed.subarray(0, IV_BYTES);
    const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv(ALGORITHM, key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  };

  return {
    seal: (value) => sealBytes(Buffer.from(JSON.stringify(value), 'utf8')),
    open: (sealed) => JSON.parse(openBytes(sealed).toString('utf8')) as unknown,
    sealBytes,
    openBytes,
  };
}
