import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StaffAuth, StaffSession } from '../auth/staff-auth';
import { hasRole } from '../auth/staff-auth';
import type { CentralContext } from '../context';
import type { StaffRole } from '../store/types';
import { sendError } from './respond';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a method changes state, so that it needs the CSRF checks. */
export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

/**
 * Whether the request comes from a page of central itself: its `Origin`
 * (or, without one, its `Referer`) names the host the request was sent to.
 * Browsers set both; a page on another site cannot forge them.
 */
export function isSameOrigin(headers: IncomingMessage['headers']): boolean {
  const host = headers.host;
  const source = headers.origin ?? headers.referer;
  if (host === undefined || source === undefined) return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

/**
 * Finds the session and checks role and, for changes, CSRF. Answers the
 * refusal itself and then returns undefined.
 */
export async function authorize(
  context: CentralContext,
  auth: StaffAuth,
  request: IncomingMessage,
  response: ServerResponse,
  needed: StaffRole,
): Promise<StaffSession | undefined> {
  const path = request.url ?? '';
  const refuse = (status: number, code: string, message: string) => {
    context.logger.log('staff-request-refused', 'failure', { path, code });
    sendError(response, status, code, message);
    return undefined;
  };

  const session = await auth.sessionOf(request.headers.cookie);
  if (session === undefined) {
    return refuse(401, 'auth.required', 'Log in as staff first');
  }
  if (isStateChanging(request.method ?? 'GET')) {
    const token = request.headers['x-csrf-token'];
    if (token !== session.csrfToken || !isSameOrigin(request.headers)) {
      return refuse(403, 'auth.csrf', 'Cross-site request refused');
    }
  }
  if (!hasRole(session.role, needed)) {
    return refuse(403, 'auth.forbidden', `This needs the ${needed} role`);
  }
  return session;
}
