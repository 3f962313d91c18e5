import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { commandNameSchema, sha256Schema } from '@motcua/protocol';
import type { CentralContext } from '../context';
import type { Fleet } from '../fleet/fleet';
import { checkSlot } from '../fleet/tokens';
import { readJsonBody } from './body';
import { sendError, sendJson } from './respond';

/** Enrollment tokens issued over HTTP live this long unless asked. */
export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60_000;
const MAX_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000;

// TODO(staff-auth): these routes act on the fleet and serve kiosk logs, so
// they belong to staff with the operator role (commands, blobs) or the
// admin role (tokens, revoke). Until staff accounts exist they answer only
// when central was started with `allowOpenAdmin`, as in development.

/** Answers the admin routes; false when `pathname` is not one of them. */
export async function handleAdmin(
  context: CentralContext,
  fleet: Fleet,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<boolean> {
  const method = request.method ?? 'GET';

  if (pathname === '/api/enrollment-tokens' && method === 'POST') {
    const body = await readJsonBody(request);
    if (!body.ok) return sendError(response, body.status, body.code, 'Bad body'), true;
    const input = (body.value ?? {}) as Record<string, unknown>;
    const slot = {
      kioskId: input['kioskId'] as string,
      ward: input['ward'] as string,
      address: (input['address'] ?? '') as string,
    };
    const ttlMs = input['ttlMs'] ?? DEFAULT_TOKEN_TTL_MS;
    const invalid = checkSlot(slot);
    if (invalid !== undefined) {
      sendError(response, 400, 'invalid_value', `${invalid} is not valid`);
      return true;
    }
    if (typeof ttlMs !== 'number' || !(ttlMs > 0 && ttlMs <= MAX_TOKEN_TTL_MS)) {
      sendError(response, 400, 'invalid_value', 'ttlMs must be 1 ms to 7 days');
      return true;
    }
    sendJson(response, 201, await fleet.issueEnrollmentToken({ ...slot, ttlMs }));
    return true;
  }

  const revoke = /^\/api\/kiosks\/([^/]+)\/revoke$/.exec(pathname);
  if (revoke?.[1] !== undefined && method === 'POST') {
    const revoked = await fleet.revokeKiosk(decodeURIComponent(revoke[1]));
    if (!revoked) sendError(response, 404, 'not_found', 'No enrolled kiosk');
    else sendJson(response, 200, { ok: true });
    return true;
  }

  const commands = /^\/api\/kiosks\/([^/]+)\/commands$/.exec(pathname);
  if (commands?.[1] !== undefined && method === 'POST') {
    const kioskId = decodeURIComponent(commands[1]);
    const body = await readJsonBody(request);
    const name = commandNameSchema.safeParse(
      body.ok ? (body.value as { name?: unknown } | null)?.name : undefined,
    );
    if (!name.success) {
      sendError(response, 400, 'invalid_value', 'name is not a command');
      return true;
    }
    const slot = await context.store.findKiosk(kioskId);
    if (slot?.publicKey == null || slot.revokedAt !== null) {
      sendError(response, 404, 'not_found', 'No enrolled kiosk');
      return true;
    }
    sendJson(response, 202, await fleet.sendCommand(kioskId, name.data));
    return true;
  }

  const blob = /^\/api\/blobs\/([^/]+)$/.exec(pathname);
  if (blob?.[1] !== undefined && method === 'GET') {
    const sha256 = sha256Schema.safeParse(blob[1]);
    const found = sha256.success
      ? (await context.blobs.head(sha256.data)).complete
      : false;
    if (!sha256.success || !found) {
      sendError(response, 404, 'not_found', 'No complete blob');
      return true;
    }
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${sha256.data}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(context.blobs.pathOf(sha256.data)).pipe(response);
    return true;
  }

  return false;
}

/** Whether `pathname` names an admin route, so it can be refused. */
export function isAdminRoute(method: string, pathname: string): boolean {
  if (method === 'POST') {
    return (
      pathname === '/api/enrollment-tokens' ||
      /^\/api\/kiosks\/[^/]+\/(revoke|commands)$/.test(pathname)
    );
  }
  return pathname.startsWith('/api/blobs/');
}
