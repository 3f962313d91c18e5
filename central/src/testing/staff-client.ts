import type { StaffRole } from '../store/types';

// Staff requests as a browser on central's own page would send them: the
// session cookie, the CSRF token and central's Origin.

export interface StaffLogin {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly role: StaffRole;
}

export interface StaffAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly setCookie: string | null;
}

export const TEST_STAFF = [
  { username: 'an.admin', password: 'mật khẩu quản trị', role: 'admin' },
  { username: 'binh.operator', password: 'vận hành 2026', role: 'operator' },
  { username: 'chi.viewer', password: 'chỉ xem thôi', role: 'viewer' },
] as const;

export async function staffFetch(
  url: string,
  init: {
    method?: string;
    body?: unknown;
    cookie?: string;
    csrfToken?: string;
    origin?: string | null;
  } = {},
): Promise<StaffAnswer> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie !== undefined) headers['cookie'] = init.cookie;
  if (init.csrfToken !== undefined) headers['x-csrf-token'] = init.csrfToken;
  const origin = init.origin === undefined ? new URL(url).origin : init.origin;
  if (origin !== null) headers['origin'] = origin;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? null : (JSON.parse(text) as unknown),
    setCookie: response.headers.get('set-cookie'),
  };
}

export async function tryLogin(
  centralUrl: string,
  username: string,
  password: string,
): Promise<StaffAnswer> {
  return staffFetch(`${centralUrl}/api/session`, {
    method: 'POST',
    body: { username, password },
  });
}

/** Logs in and returns what later requests carry; throws when refused. */
export async function logIn(
  centralUrl: string,
  username: string,
  password: string,
): Promise<StaffLogin> {
  const answer = await tryLogin(centralUrl, username, password);
  const body = answer.body as { csrfToken?: string; role?: StaffRole };
  const cookie = answer.setCookie?.split(';')[0];
  if (answer.status !== 200 || cookie === undefined) {
    throw new Error(`login refused: ${String(answer.status)}`);
  }
  return {
    cookie,
    csrfToken: body.csrfToken ?? '',
    role: body.role ?? 'viewer',
  };
}

/** Logs in as the test account with this role. */
export function logInAs(centralUrl: string, role: StaffRole) {
  const account = TEST_STAFF.find((staff) => staff.role === role);
  if (account === undefined) throw new Error(`no test ${role}`);
  return logIn(centralUrl, account.username, account.password);
}
