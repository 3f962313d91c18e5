import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';
import type { CentralContext } from '../context';
import type { Fleet } from '../fleet/fleet';
import { RECENT_DOSSIER_LIMIT } from '../staff/namespace';
import { toDossierView } from '../views';
import { handleAdmin, isAdminRoute, safeDecode } from './admin';
import { readJsonBody } from './body';
import { sendError, sendJson } from './respond';

export interface ApiOptions {
  readonly fleet: Fleet;
  /** Serves the admin routes without staff login (development only). */
  readonly allowOpenAdmin: boolean;
}

// TODO(staff-auth): every read but health must require a staff session
// once accounts exist; until then the API returns masked views only.

/** Answers `/api/…`; the caller has already matched the prefix. */
export async function handleApi(
  context: CentralContext,
  options: ApiOptions,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  const method = request.method ?? 'GET';

  if (isAdminRoute(method, pathname)) {
    if (!options.allowOpenAdmin) {
      return sendError(
        response,
        403,
        'forbidden',
        'Admin routes need staff login, which is not built yet',
      );
    }
    return handleAdmin(context, options.fleet, request, response, pathname);
  }

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
  return handleRead(context, response, pathname);
}

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
    return sendJson(response, 200, context.registry.all());
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
