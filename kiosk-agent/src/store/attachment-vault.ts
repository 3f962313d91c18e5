import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Sealer } from './sealing';

export interface StoredBlob {
  readonly sha256: string;
  readonly size: number;
}

/**
 * Files named by the SHA-256 of their content, encrypted at rest, and
 * durable before anything refers to them: write a temporary file, fsync it,
 * rename it to its hash, fsync the folder.
 */
export class AttachmentVault {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly sealer: Sealer,
  ) {
    this.dir = join(dataDir, 'attachments');
    mkdirSync(this.dir, { recursive: true });
    this.removeLeftovers();
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  put(bytes: Uint8Array): StoredBlob {
    const [stored] = this.putAll([bytes]);
    if (stored === undefined) throw new Error('nothing stored');
    return stored;
  }

  /** Several files, made durable together: one folder fsync for all. */
  putAll(files: readonly Uint8Array[]): StoredBlob[] {
    const stored: StoredBlob[] = [];
    const renames: [string, string][] = [];
    for (const bytes of files) {
      const sha256 = AttachmentVault.hash(bytes);
      stored.push({ sha256, size: bytes.length });
      const path = this.pathOf(sha256);
      if (existsSync(path) || renames.some(([, to]) => to === path)) continue;
      const temp = join(this.dir, `.${randomUUID()}.tmp`);
      const fd = openSync(temp, 'wx', 0o600);
      try {
        writeSync(fd, this.sealer.sealBytes(bytes));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renames.push([temp, path]);
    }
    for (const [from, to] of renames) renameSync(from, to);
    if (renames.length > 0) this.syncFolder();
    return stored;
  }

  read(sha256: string): Buffer | undefined {
    const path = this.pathOf(sha256);
    if (!existsSync(path)) return undefined;
    return this.sealer.openBytes(readFileSync(path));
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  remove(sha256: string): void {
    rmSync(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      throw new Error(`not a SHA-256: ${sha256}`);
    }
    return join(this.dir, sha256);
  }

  private syncFolder(): void {
    const fd = openSync(this.dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  // A crash between write and rename leaves a temporary file nobody refers
  // to; it holds personal data, so it goes at the next start.
  private removeLeftovers(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.endsWith('.tmp')) rmSync(join(this.dir, name), { force: true });
    }
  }
}
