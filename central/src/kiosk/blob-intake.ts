import { parseMessage, protocolError } from '@motcua/protocol';
import type { CentralContext } from '../context';
import type { ChunkAnswer } from '../store/blobs';

/**
 * `blob.head`: how much of a blob central holds. Garbage is answered with
 * `{ ok: false, error }`, which no `blob.offset` parse accepts.
 */
export async function headBlob(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<unknown> {
  const parsed = parseMessage('blob.head', input);
  if (!parsed.ok) {
    context.logger.log('message-rejected', 'failure', {
      message: 'blob.head',
      kioskId,
      error: parsed.error,
    });
    return { ok: false, error: parsed.error };
  }
  return context.blobs.head(parsed.value.sha256);
}

/** `blob.chunk`: appends at central's offset, or says where to resume. */
export async function receiveChunk(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<ChunkAnswer> {
  const { logger } = context;
  const parsed = parseMessage('blob.chunk', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'blob.chunk',
      kioskId,
      error: parsed.error,
    });
    return {
      ok: false,
      error: parsed.error,
      offset: await offsetOf(context, input),
    };
  }

  const chunk = parsed.value;
  let result: ChunkAnswer;
  try {
    result = await context.blobs.append(chunk);
  } catch (error) {
    logger.log('store-write-failed', 'failure', {
      kioskId,
      sha256: chunk.sha256,
      reason: error instanceof Error ? error.message : String(error),
    });
    return {
      ok: false,
      error: protocolError('internal', 'Central could not store the chunk'),
      offset: await offsetOf(context, input),
    };
  }

  const about = { kioskId, sha256: chunk.sha256, size: chunk.size };
  if (!result.ok) {
    logger.log('blob-rejected', 'failure', { ...about, error: result.error });
  } else if (
    result.complete &&
    chunk.offset + chunk.bytes.length === chunk.size
  ) {
    logger.log('blob-completed', 'success', about);
  }
  return result;
}

// Where to resume after a refused chunk, when its sha256 can be read.
async function offsetOf(context: CentralContext, input: unknown) {
  const sha256 = (input as { sha256?: unknown } | null)?.sha256;
  const head = parseMessage('blob.head', { sha256 });
  if (!head.ok) return 0;
  return context.blobs.head(head.value.sha256).then(
    (found) => found.offset,
    () => 0,
  );
}
