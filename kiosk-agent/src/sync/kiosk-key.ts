import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KioskKey {
  /** SPKI DER, base64: what central stores at enrollment. */
  readonly publicKey: string;
  /** Ed25519 signature of `text`, base64. */
  sign(text: string): string;
}

/**
 * The kiosk's Ed25519 key, made on first start and kept in the data folder,
 * readable by the agent's user only.
 * TODO(kiosk-os): keep the private key in the TPM so that it cannot be
 * copied off the disk.
 */
export function loadKioskKey(dataDir: string): KioskKey {
  const path = join(dataDir, 'kiosk-ed25519.pem');
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(
      path,
      privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
      { mode: 0o600, flag: 'wx' },
    );
  }
  const privateKey: KeyObject = createPrivateKey(readFileSync(path));
  const publicKey = createPublicKey(privateKey)
    .export({ format: 'der', type: 'spki' })
    .toString('base64');

  return {
    publicKey,
    sign: (text) =>
      sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}
