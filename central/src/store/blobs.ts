import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProtocolError } from '@motcua/protocol';
import { MAX_BLOB_BYTES, protocolError } from '@motcua/protocol';

export interface BlobChunk {
  readonly sha256: string;
  readonly size: number;
  readonly offset: number;
  readonly bytes: Uint8Array;
}

/** The answer to `blob.chunk`, as `blob.chunked` carries it. */
export type ChunkAnswer =
  | { readonly ok: true; readonly offset: number; readonly complete: boolean }
  | {
      readonly ok: false;
      readonly error: ProtocolError;
      readonly offset: number;
    };

/**
 * Blobs (attachments, logs, screenshots) in `<dataDir>/blobs`, named by
 * their SHA-256. A blob grows in `<sha256>.part`, each chunk fsynced, so the
 * part's length is the resume offset; it takes its final name only once its
 * hash is checked. Chunks of one blob are written one at a time.
 *
 * Blobs stay on this node's disk even when the database is PostgreSQL.
 * TODO(shared-blobs): several central nodes need one blob storage (an
 * object store, or a volume every node mounts as `dataDir`); with local
 * folders a blob uploaded to one node is missing on the others.
 */
export class BlobStore {
  readonly #dir: string;
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(dataDir: string) {
    this.#dir = join(dataDir, 'blobs');
  }

  /** The path of a complete blob, for serving it. */
  pathOf(sha256: string): string {
    return join(this.#dir, sha256);
  }

  async head(sha256: string): Promise<{ offset: number; complete: boolean }> {
    const complete = await sizeOf(this.pathOf(sha256));
    if (complete !== undefined) return { offset: complete, complete: true };
    return {
      offset: (await sizeOf(this.#partOf(sha256))) ?? 0,
      complete: false,
    };
  }

  /** True when the blob is here, whole, with this size. */
  async has(ref: { sha256: string; size: number }): Promise<boolean> {
    return (await sizeOf(this.pathOf(ref.sha256))) === ref.size;
  }

  append(chunk: BlobChunk): Promise<ChunkAnswer> {
    const previous = this.#queues.get(chunk.sha256) ?? Promise.resolve();
    const next = previous.then(() => this.#append(chunk));
    const settled = next.catch(() => undefined);
    this.#queues.set(chunk.sha256, settled);
    void settled.then(() => {
      if (this.#queues.get(chunk.sha256) === settled) {
        this.#queues.delete(chunk.sha256);
      }
    });
    return next;
  }

  async #append(chunk: BlobChunk): Promise<ChunkAnswer> {
    const { sha256, size, offset, bytes } = chunk;
    const head = await this.head(sha256);
    if (head.complete) return { ok: true, ...head };

    const current = head.offset;
    if (offset !== current) {
      return refuse(
        'blob.offset_mismatch',
        `Expected offset ${current}`,
        current,
      );
    }
    if (size > MAX_BLOB_BYTES || offset + bytes.length > size) {
      return refuse('blob.too_long', 'The chunk goes past the size', current);
    }

    await mkdir(this.#dir, { recursive: true });
    const part = this.#partOf(sha256);
    const file = await open(part, 'a');
    try {
      await file.write(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    const reached = current + bytes.length;
    if (reached < size) return { ok: true, offset: reached, complete: false };

    if ((await hashOf(part)) !== sha256) {
      await unlink(part);
      return refuse('blob.hash_mismatch', 'The bytes do not match sha256', 0);
    }
    await rename(part, this.pathOf(sha256));
    await syncDir(this.#dir);
    return { ok: true, offset: size, complete: true };
  }

  #partOf(sha256: string): string {
    return join(this.#dir, `${sha256}.part`);
  }
}

function refuse(code: string, message: string, offset: number): ChunkAnswer {
  return { ok: false, error: protocolError(code, message), offset };
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function hashOf(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const data of createReadStream(path)) hash.update(data as Buffer);
  return hash.digest('hex');
}

// The rename is durable only once the folder itself is on disk.
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
