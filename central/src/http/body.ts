import type { IncomingMessage } from 'node:http';

/** Enough for any JSON body central accepts over HTTP. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: 400 | 413; readonly code: string };

/** Reads a small JSON body; too large or not JSON comes back as a value. */
export async function readJsonBody(
  request: IncomingMessage,
): Promise<JsonBody> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request) {
    length += (chunk as Buffer).length;
    if (length > MAX_JSON_BODY_BYTES) {
      return { ok: false, status: 413, code: 'too_long' };
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return {
      ok: true,
      value: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    };
  } catch {
    return { ok: false, status: 400, code: 'invalid_json' };
  }
}
