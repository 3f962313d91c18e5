import type { IncomingMessage, ServerResponse } from 'node:http';
import { sessionCookie } from '../auth/cookies';
import type { StaffAuth, StaffSession } from '../auth/staff-auth';
import { SESSION_TTL_MS } from '../auth/staff-auth';
import type { CentralContext } from '../context';
import { readJsonBody } from './body';
import { authorize, isSameOrigin } from './guard';
import { sendError, sendJson } from './respond';

export interface SessionRouteOptions {
  readonly auth: StaffAuth;
  /** Reads need no login (open admin, or no staff account yet). */
  readonly openReads: boolean;
}

function isTls(request: IncomingMessage): boolean {
  return 'encrypted' in request.socket && request.socket.encrypted === true;
}

function sessionBody(session: StaffSession) {
  return {
    username: session.username,
    role: session.role,
    csrfToken: session.csrfToken,
  };
}

/** `/api/session`: log in (POST), who am I (GET), log out (DELETE). */
export async function handleSession(
  context: CentralContext,
  options: SessionRouteOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { auth } = options;
  const method = request.method ?? 'GET';

  if (method === 'GET') {
    const session = await auth.sessionOf(request.headers.cookie);
    if (session === undefined) {
      // The dashboard reads `openReads` to skip the login form.
      return sendJson(response, 401, {
        code: 'auth.required',
        message: 'Not logged in',
        openReads: options.openReads,
      });
    }
    return sendJson(response, 200, sessionBody(session));
  }

  if (method === 'DELETE') {
    const session = await authorize(context, auth, request, response, 'viewer');
    if (session === undefined) return;
    await auth.logout(session);
    response.setHeader('set-cookie', sessionCookie('', 0, isTls(request)));
    return sendJson(response, 200, { ok: true });
  }

  if (method !== 'POST') {
    return sendError(response, 405, 'method_not_allowed', 'Not allowed here');
  }
  // A login from another site would sign the browser in as the attacker.
  if (!isSameOrigin(request.headers)) {
    return sendError(response, 403, 'auth.csrf', 'Cross-site request refused');
  }
  const body = await readJsonBody(request);
  const input = body.ok ? (body.value as Record<string, unknown> | null) : null;
  const username = input?.['username'];
  const password = input?.['password'];
  if (typeof username !== 'string' || typeof password !== 'string') {
    return sendError(response, 400, 'invalid_value', 'username, password');
  }

  const address = request.socket.remoteAddress ?? '';
  const outcome = await auth.login(username, password, address);
  switch (outcome.kind) {
    case 'rateLimited':
      return sendError(
        response,
        429,
        'auth.rate_limited',
        'Too many failed logins; try again later',
      );
    case 'refused':
      return sendError(response, 401, 'auth.refused', 'Wrong credentials');
    case 'loggedIn':
      response.setHeader(
        'set-cookie',
        sessionCookie(outcome.cookieValue, SESSION_TTL_MS, isTls(request)),
      );
      return sendJson(response, 200, sessionBody(outcome.session));
    default: {
      const unreachable: never = outcome;
      throw new Error(`Unknown login outcome ${String(unreachable)}`);
    }
  }
}
