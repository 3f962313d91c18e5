import type { ProtocolError, Result } from '@motcua/protocol';
import {
  CHUNK_BYTES,
  err,
  ok,
  parseMessage,
  protocolError,
} from '@motcua/protocol';
import type { Socket } from 'socket.io-client';
import { faultPoint } from '../faults';
import { SYNC_DELAYS } from './backoff';

/**
 * Sends one blob to central in chunks, starting where central says it has
 * got to, so an upload cut half way resumes instead of starting over.
 */
export async function uploadBlob(
  socket: Socket,
  sha256: string,
  bytes: Buffer,
  chunkBytes: number = CHUNK_BYTES,
): Promise<Result<void, ProtocolError>> {
  const size = Math.max(1, Math.min(chunkBytes, CHUNK_BYTES));
  const head = parseMessage(
    'blob.offset',
    await socket
      .timeout(SYNC_DELAYS.ackTimeout)
      .emitWithAck('blob.head', { sha256 }),
  );
  if (!head.ok) return err(head.error);
  let offset = head.value.offset;
  if (head.value.complete) return ok(undefined);

  for (;;) {
    if (offset > bytes.length) {
      return err(protocolError('blob.offset_mismatch', 'Central is ahead'));
    }
    const chunk = bytes.subarray(offset, offset + size);
    const answer = parseMessage(
      'blob.chunked',
      await socket.timeout(SYNC_DELAYS.ackTimeout).emitWithAck('blob.chunk', {
        sha256,
        size: bytes.length,
        offset,
        bytes: chunk,
      }),
    );
    if (!answer.ok) return err(answer.error);
    if (!answer.value.ok) {
      if (answer.value.error.code !== 'blob.offset_mismatch') {
        return err(answer.value.error);
      }
      offset = answer.value.offset;
      continue;
    }
    if (answer.value.complete) return ok(undefined);
    faultPoint('after-first-chunk');
    offset = answer.value.offset;
  }
}
