import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { commandNameSchema, sha256Schema } from '@motcua/protocol';
import type { CentralContext } from '../context';
import type { Fleet } from '../fleet/fleet';
import { checkSlot } from '../fleet/tokens';
import type { StaffRole } from '../store/types';
import { readJsonBody } from './body';
import { sendError, sendJson } from './respond';

/** Enrollment tokens issued over HTTP live this long unless asked. */
export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60_000;
const MAX_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000;

const REVOKE = /^\/api\/kiosks\/([^/]+)\/revoke$/;
const COMMANDS = /^\/api\/kiosks\/([^/]+)\/commands$/;
const BLOB = /^\/api\/blobs\/([^/]+)$/;

/**
 * The role an admin route needs, or undefined for any other request.
 * Tokens and revocation change who may connect, so they are the admin's;
 * commands and kiosk logs are for operators.
 */
export function adminRouteRole(
  method: string,
  pathname: string,
): StaffRole | undefined {
  if (method === 'GET' || method === 'HEAD') {
    return BLOB.test(pathname) ? 'operator' : undefined;
  }
  if (method !== 'POST') return undefined;
  if (pathname === '/api/enrollment-tokens' || REVOKE.test(pathname)) {
    return 'admin';
  }
  return COMMANDS.test(pathname) ? 'operator' : undefined;
}

/** Answers an admin route; the caller has checked `adminRouteRole`. */
export async function handleAdmin(
  context: CentralContext,
  fleet: Fleet,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  const id = (pattern: RegExp) => safeDecode(pattern.exec(pathname)?.[1]);

  if (pathname === '/api/enrollment-tokens') {
    return issueToken(fleet, request, response);
  }
  if (REVOKE.test(pathname)) {
    const revoked = await fleet.revokeKiosk(id(REVOKE) ?? '');
    if (!revoked) return sendError(response, 404, 'not_found', 'No kiosk');
    return sendJson(response, 200, { ok: true });
  }
  if (COMMANDS.test(pathname)) {
    return queueCommand(context, fleet, request, response, id(COMMANDS) ?? '');
  }
  return serveBlob(context, response, id(BLOB) ?? '');
}

async function issueToken(
  fleet: Fleet,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const body = await readJsonBody(request);
  if (!body.ok) return sendError(response, body.status, body.code, 'Bad body');
  const input = (body.value ?? {}) as Record<string, unknown>;
  const slot = {
    kioskId: input['kioskId'] as string,
    ward: input['ward'] as string,
    address: (input['address'] ?? '') as string,
  };
  const ttlMs = input['ttlMs'] ?? DEFAULT_TOKEN_TTL_MS;

  const invalid = checkSlot(slot);
  if (invalid !== undefined) {
    return sendError(response, 400, 'invalid_value', `Invalid ${invalid}`);
  }
  if (typeof ttlMs !== 'number' || !(ttlMs > 0 && ttlMs <= MAX_TOKEN_TTL_MS)) {
    return sendError(response, 400, 'invalid_value', 'ttlMs: 1 ms to 7 days');
  }
  sendJson(response, 201, await fleet.issueEnrollmentToken({ ...slot, ttlMs }));
}

async function queueCommand(
  context: CentralContext,
  fleet: Fleet,
  request: IncomingMessage,
  response: ServerResponse,
  kioskId: string,
) {
  const body = await readJsonBody(request);
  const given = body.ok ? (body.value as { name?: unknown } | null) : null;
  const name = commandNameSchema.safeParse(given?.name);
  if (!name.success) {
    return sendError(response, 400, 'invalid_value', 'name: not a command');
  }
  const slot = await context.store.findKiosk(kioskId);
  if (slot?.publicKey == null || slot.revokedAt !== null) {
    return sendError(response, 404, 'not_found', 'No enrolled kiosk');
  }
  sendJson(response, 202, await fleet.sendCommand(kioskId, name.data));
}

async function serveBlob(
  context: CentralContext,
  response: ServerResponse,
  sha256: string,
) {
  const valid = sha256Schema.safeParse(sha256).success;
  if (!valid || !(await context.blobs.head(sha256)).complete) {
    return sendError(response, 404, 'not_found', 'No complete blob');
  }
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename="${sha256}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  createReadStream(context.blobs.pathOf(sha256)).pipe(response);
}

export function safeDecode(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
