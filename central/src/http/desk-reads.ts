import type { ServerResponse } from 'node:http';
import type { KioskEventKind } from '@motcua/protocol';
import type { CentralContext, KioskEventView } from '../context';
import { wardFigures } from '../figures/figures';
import type { CommandRecord } from '../store/types';
import type { KioskBlobRef, KioskDetailView } from '../views';
import { safeDecode } from './admin';
import { sendError, sendJson } from './respond';

const KIOSK = /^\/api\/kiosks\/([^/]+)$/;
const DETAIL_EVENTS = 50;
const DETAIL_COMMANDS = 20;
const DETAIL_ALERTS = 50;

/**
 * The staff reads of alerts, deadlines, the inbox, figures and the kiosk
 * detail; false when the path is none of them. `username` is the session's
 * (undefined when reads are open without one).
 */
export async function handleDeskRead(
  context: CentralContext,
  response: ServerResponse,
  url: URL,
  username: string | undefined,
): Promise<boolean> {
  const { pathname, searchParams } = url;
  if (pathname === '/api/alerts') {
    const state = searchParams.get('state') ?? 'active';
    if (state !== 'active' && state !== 'all') {
      sendError(response, 400, 'invalid_value', 'state: active or all');
      return true;
    }
    const kioskId = searchParams.get('kioskId') ?? undefined;
    sendJson(response, 200, {
      alerts: await context.alerts.list(state, kioskId),
    });
    return true;
  }
  if (pathname === '/api/deadlines') {
    sendJson(response, 200, { cases: await context.cases.deadlines() });
    return true;
  }
  if (pathname === '/api/inbox') {
    const notifications =
      username === undefined ? [] : await context.inbox.inbox(username);
    sendJson(response, 200, { notifications });
    return true;
  }
  if (pathname === '/api/figures') {
    const wards = context.registry
      .all()
      .map((kiosk) => kiosk.ward)
      .filter((ward) => ward !== '');
    const figures = await wardFigures(
      context.db,
      context.services,
      wards,
      context.now(),
    );
    sendJson(response, 200, { wards: figures });
    return true;
  }
  const kiosk = KIOSK.exec(pathname);
  if (kiosk !== null) {
    const detail = await kioskDetail(context, safeDecode(kiosk[1]) ?? '');
    if (detail === undefined) {
      sendError(response, 404, 'not_found', 'No such kiosk');
    } else {
      sendJson(response, 200, detail);
    }
    return true;
  }
  return false;
}

async function kioskDetail(
  context: CentralContext,
  kioskId: string,
): Promise<KioskDetailView | undefined> {
  const slot = await context.store.findKiosk(kioskId);
  if (slot === undefined) return undefined;
  if (context.registry.placeOf(kioskId) === undefined) {
    context.registry.place(kioskId, slot);
  }
  const [events, commands, alerts] = await Promise.all([
    latestEvents(context, kioskId),
    context.store.listCommands(kioskId),
    context.alerts.list('all', kioskId),
  ]);
  return {
    kiosk: context.registry.view(kioskId),
    events,
    commands: commands.slice(0, DETAIL_COMMANDS),
    alerts: alerts.slice(0, DETAIL_ALERTS),
    screenshot: latestBlob(commands, 'captureScreenshot'),
    logs: latestBlob(commands, 'uploadLogs'),
  };
}

async function latestEvents(
  context: CentralContext,
  kioskId: string,
): Promise<KioskEventView[]> {
  const rows = await context.db.query<{
    kind: KioskEventKind;
    at: string;
    detail: string | null;
  }>(
    `SELECT kind, at, detail FROM kiosk_events WHERE kiosk_id = $1
     ORDER BY at DESC, msg_id LIMIT $2`,
    [kioskId, DETAIL_EVENTS],
  );
  return rows.map((row) => ({
    kioskId,
    kind: row.kind,
    at: row.at,
    ...(row.detail === null ? {} : { detail: row.detail }),
  }));
}

/** The newest finished command of `name` with a blob (newest first in). */
function latestBlob(
  commands: readonly CommandRecord[],
  name: CommandRecord['name'],
): KioskBlobRef | null {
  const found = commands.find(
    (command) =>
      command.name === name &&
      command.status === 'done' &&
      command.blob !== null,
  );
  if (found?.blob == null) return null;
  return {
    commandId: found.commandId,
    at: found.finishedAt ?? found.issuedAt,
    sha256: found.blob.sha256,
  };
}
