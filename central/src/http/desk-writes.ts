import type { IncomingMessage, ServerResponse } from 'node:http';
import { dossierStatusSchema } from '@motcua/protocol';
import type { CaseAnswer } from '../cases/case-service';
import type { CentralContext } from '../context';
import type { StaffRole } from '../store/types';
import { safeDecode } from './admin';
import { readJsonBody } from './body';
import { sendError, sendJson } from './respond';

const ACK = /^\/api\/alerts\/([^/]+)\/acknowledge$/;
const RESOLVE = /^\/api\/alerts\/([^/]+)\/resolve$/;
const STATUS = /^\/api\/dossiers\/([^/]+)\/status$/;
const ASSIGN = /^\/api\/dossiers\/([^/]+)\/assign$/;
const ROLES = /^\/api\/wards\/([^/]+)\/roles$/;
const READ = /^\/api\/inbox\/([^/]+)\/read$/;

const MAX_NOTE = 300;
const MAX_USERNAME = 64;

/** The role a staff write of alerts, cases or the inbox needs. */
export function deskRouteRole(
  method: string,
  pathname: string,
): StaffRole | undefined {
  if (method !== 'POST') return undefined;
  if ([ACK, RESOLVE, STATUS, ASSIGN].some((route) => route.test(pathname))) {
    return 'operator';
  }
  if (ROLES.test(pathname)) return 'admin';
  return READ.test(pathname) ? 'viewer' : undefined;
}

/** Answers a route `deskRouteRole` matched, on behalf of `username`. */
export async function handleDeskWrite(
  context: CentralContext,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  username: string,
): Promise<void> {
  const id = (pattern: RegExp) => safeDecode(pattern.exec(pathname)?.[1]);
  const alertId = id(ACK) ?? id(RESOLVE);
  if (alertId !== undefined) {
    const answer = ACK.test(pathname)
      ? await context.alerts.acknowledge(alertId, username)
      : await context.alerts.resolve(alertId, username);
    if (answer.ok) return sendJson(response, 200, { alert: answer.alert });
    return answer.code === 'not_found'
      ? sendError(response, 404, 'not_found', 'No alert with this id')
      : sendError(response, 409, answer.code, 'The alert is not active');
  }
  if (READ.test(pathname)) {
    const at = context.now().toISOString();
    const read = await context.inbox.markRead(id(READ) ?? '', username, at);
    if (!read)
      return sendError(response, 404, 'not_found', 'Not in your inbox');
    return sendJson(response, 200, { ok: true });
  }

  const body = await readJsonBody(request);
  if (!body.ok) return sendError(response, body.status, body.code, 'Bad body');
  const input = (body.value ?? {}) as Record<string, unknown>;
  if (ROLES.test(pathname)) {
    return setRoles(context, response, id(ROLES) ?? '', input, username);
  }
  const code = id(STATUS) ?? id(ASSIGN) ?? '';
  if (STATUS.test(pathname)) {
    const status = dossierStatusSchema.safeParse(input['status']);
    if (!status.success) {
      return sendError(response, 400, 'invalid_value', 'status: unknown');
    }
    const note = optionalText(input['note'], MAX_NOTE);
    if (note === false) {
      return sendError(response, 400, 'invalid_value', 'note: text ≤ 300');
    }
    const moved = await context.cases.move(code, status.data, note, username);
    return sendCase(response, moved);
  }
  const assignee = optionalText(input['username'], MAX_USERNAME);
  if (assignee === false || assignee === null) {
    return sendError(response, 400, 'invalid_value', 'username: required');
  }
  return sendCase(
    response,
    await context.cases.assign(code, assignee, username),
  );
}

async function setRoles(
  context: CentralContext,
  response: ServerResponse,
  ward: string,
  input: Record<string, unknown>,
  by: string,
) {
  const names = ['departmentHead', 'agencyHead', 'civilServant'] as const;
  const values = names.map((name) => optionalText(input[name], MAX_USERNAME));
  const [departmentHead, agencyHead, civilServant] = values;
  if (
    ward === '' ||
    departmentHead === false ||
    agencyHead === false ||
    civilServant === false
  ) {
    return sendError(response, 400, 'invalid_value', 'Usernames as text');
  }
  for (const username of [departmentHead, agencyHead, civilServant]) {
    if (username !== null && username !== undefined) {
      if ((await context.store.findStaffUser(username)) === undefined) {
        return sendError(response, 404, 'staff.not_found', username);
      }
    }
  }
  const roles = {
    ward,
    departmentHead: departmentHead ?? null,
    agencyHead: agencyHead ?? null,
    civilServant: civilServant ?? null,
  };
  await context.inbox.setRoles(roles, context.now().toISOString());
  context.logger.log('ward-roles-changed', 'success', { ...roles, by });
  const stored = await context.inbox.roles(ward);
  sendJson(response, 200, { roles: stored });
}

function sendCase(response: ServerResponse, answer: CaseAnswer) {
  if (answer.ok) return sendJson(response, 200, { case: answer.value });
  return sendError(response, answer.status, answer.code, answer.message);
}

/**
 * Trimmed NFC text of at most `max` characters; null when absent or null;
 * false when it is something else or too long.
 */
function optionalText(value: unknown, max: number): string | null | false {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return false;
  const text = value.normalize('NFC').trim();
  if (text.length > max) return false;
  return text === '' ? null : text;
}
