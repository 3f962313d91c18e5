import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { RECENT_DOSSIER_LIMIT } from '../staff/namespace';
import { toDossierView } from '../views';
import { sendError, sendJson } from './respond';

// TODO(staff-auth): every route but health must require a staff session
// once accounts exist; until then the API returns masked views only.

/** Answers `/api/…`; the caller has already matched the prefix. */
export async function handleApi(
  context: CentralContext,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'method_not_allowed', 'Only GET is supported');
    return;
  }

  if (pathname === '/api/health') {
    sendJson(response, 200, { ok: true });
    return;
  }

  if (pathname === '/api/catalog') {
    sendJson(response, 200, context.catalog);
    return;
  }

  if (pathname === '/api/kiosks') {
    sendJson(response, 200, context.registry.all());
    return;
  }

  if (pathname === '/api/dossiers') {
    const records = await context.store.recentDossiers(RECENT_DOSSIER_LIMIT);
    sendJson(response, 200, records.map(toDossierView));
    return;
  }

  const match = /^\/api\/dossiers\/([^/]+)$/.exec(pathname);
  if (match?.[1] !== undefined) {
    const code = safeDecode(match[1]);
    const record =
      code !== undefined && DOSSIER_CODE_PATTERN.test(code)
        ? await context.store.findDossierByCode(code)
        : undefined;
    if (record === undefined) {
      sendError(response, 404, 'not_found', 'No dossier with this code');
      return;
    }
    sendJson(response, 200, toDossierView(record));
    return;
  }

  sendError(response, 404, 'not_found', `No API route ${pathname}`);
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
