import { createHash } from 'node:crypto';
import type { Socket } from 'socket.io-client';

/** Bytes and their SHA-256, as an agent would hold an attachment. */
export function makeBlob(size: number, seed = 7) {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed) % 251;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { bytes, sha256, size };
}

export function blobHead(socket: Socket, sha256: string): Promise<unknown> {
  return socket.timeout(5_000).emitWithAck('blob.head', { sha256 });
}

export function blobChunk(
  socket: Socket,
  blob: { sha256: string; size: number },
  offset: number,
  bytes: Uint8Array,
): Promise<unknown> {
  return socket.timeout(5_000).emitWithAck('blob.chunk', {
    sha256: blob.sha256,
    size: blob.size,
    offset,
    bytes,
  });
}

/** Sends a whole blob from central's offset in chunks of `chunkSize`. */
export async function uploadBlob(
  socket: Socket,
  blob: { bytes: Buffer; sha256: string; size: number },
  chunkSize = 64 * 1024,
): Promise<unknown> {
  let { offset } = (await blobHead(socket, blob.sha256)) as { offset: number };
  let answer: unknown;
  do {
    const bytes = blob.bytes.subarray(offset, offset + chunkSize);
    answer = await blobChunk(socket, blob, offset, bytes);
    offset += bytes.length;
  } while (offset < blob.size);
  return answer;
}
