import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';
import type { CentralContext } from '../context';
import type { Fleet } from '../fleet/fleet';
import { RECENT_DOSSIER_LIMIT } from '../staff/namespace';
import { toDossierView } from '../views';
import type { StaffAuth } from '../auth/staff-auth';
import type { StaffRole } from '../store/types';
import { adminRouteRole, handleAdmin, safeDecode } from './admin';
import { readJsonBody } from './body';
import { handleDeskRead } from './desk-reads';
import { deskRouteRole, handleDeskWrite } from './desk-writes';
import { authorize } from './guard';
import { handleKioskConfig, kioskConfigRouteRole } from './kiosk-config';
import { handleSession } from './session';
import { sendError, sendJson } from './respond';

export interface ApiOptions {
  readonly fleet: Fleet;
  readonly auth: StaffAuth;
  /** Serves every route without staff login (development only). */
  readonly allowOpenAdmin: boolean;
  /**
   * Serves the reads without login because no staff account exists yet
   * (development only; logged at boot). Admin routes still need a session.
   */
  readonly openReads: boolean;
}

/** Answers `/api/…`; the caller has already matched the prefix. */
export async function handleApi(
  context: CentralContext,
  options: ApiOptions,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  const { auth, allowOpenAdmin } = options;

  if (pathname === '/api/session') {
    const openReads = allowOpenAdmin || options.openReads;
    return handleSession(context, { auth, openReads }, request, response);
  }

  /** Who acts on a staff route; undefined once a refusal has been sent. */
  const actingStaff = async (role: StaffRole): Promise<string | undefined> => {
    if (allowOpenAdmin) return OPEN_ADMIN_USER;
    const session = await authorize(context, auth, request, response, role);
    return session?.username;
  };

  const deskRole = deskRouteRole(method, pathname);
  if (deskRole !== undefined) {
    const username = await actingStaff(deskRole);
    if (username === undefined) return;
    return handleDeskWrite(context, request, response, pathname, username);
  }

  const configRole = kioskConfigRouteRole(method, pathname);
  if (configRole !== undefined) {
    const username = await actingStaff(configRole);
    if (username === undefined) return;
    return handleKioskConfig(context, request, response, pathname, username);
  }

  const role = adminRouteRole(method, pathname);
  if (role !== undefined) {
    if ((await actingStaff(role)) === undefined) return;
    return handleAdmin(context, options.fleet, request, response, pathname);
  }

  // Kiosks enroll with their one-time token; they have no staff session.
  if (pathname === '/api/kiosk/enroll' && method === 'POST') {
    const body = await readJsonBody(request);
    const answer = body.ok
      ? await options.fleet.enroll(body.value)
      : {
          status: body.status,
          body: { ok: false, error: { code: body.code, message: 'Bad body' } },
        };
    return sendJson(response, answer.status, answer.body);
  }

  if (method !== 'GET' && method !== 'HEAD') {
    return sendError(response, 405, 'method_not_allowed', 'Not allowed here');
  }
  const open =
    pathname === '/api/health' || allowOpenAdmin || options.openReads;
  let username: string | undefined;
  if (!open) {
    const session = await authorize(context, auth, request, response, 'viewer');
    if (session === undefined) return;
    username = session.username;
  } else if (pathname === '/api/inbox') {
    username = (await auth.sessionOf(request.headers.cookie))?.username;
  }
  const url = new URL(request.url ?? pathname, 'http://central');
  if (await handleDeskRead(context, response, url, username)) return;
  return handleRead(context, response, pathname);
}

/** Who staff changes are logged as when admin routes are open. */
export const OPEN_ADMIN_USER = 'open-admin';

async function handleRead(
  context: CentralContext,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  if (pathname === '/api/health') return sendJson(response, 200, { ok: true });
  if (pathname === '/api/catalog') {
    return sendJson(response, 200, context.published.catalog);
  }
  if (pathname === '/api/kiosks') {
    return sendJson(response, 200, { kiosks: context.registry.all() });
  }
  if (pathname === '/api/dossiers') {
    const records = await context.store.recentDossiers(RECENT_DOSSIER_LIMIT);
    return sendJson(response, 200, records.map(toDossierView));
  }

  const commands = /^\/api\/kiosks\/([^/]+)\/commands$/.exec(pathname);
  if (commands !== null) {
    const kioskId = safeDecode(commands[1]);
    const slot = kioskId && (await context.store.findKiosk(kioskId));
    if (!slot) return sendError(response, 404, 'not_found', 'No such kiosk');
    return sendJson(response, 200, await context.store.listCommands(slot.id));
  }

  const dossier = /^\/api\/dossiers\/([^/]+)$/.exec(pathname);
  if (dossier !== null) {
    const code = safeDecode(dossier[1]);
    const record =
      code !== undefined && DOSSIER_CODE_PATTERN.test(code)
        ? await context.store.findDossierByCode(code)
        : undefined;
    if (record === undefined) {
      return sendError(response, 404, 'not_found', 'No dossier with this code');
    }
    return sendJson(response, 200, toDossierView(record));
  }

  sendError(response, 404, 'not_found', `No API route ${pathname}`);
}
