/** A refused or failed API call, with central's stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The input field the API named (`payee.bankBin`), if any. */
    readonly field?: string,
  ) {
    super(`${String(status)} ${code}`);
    this.name = 'ApiError';
  }
}

/** The staff API as the dashboard uses it: JSON in, JSON out. */
export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

async function read<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let code = 'failed';
  let field: string | undefined;
  try {
    const body = (await response.json()) as { code?: unknown; field?: unknown };
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.field === 'string') field = body.field;
  } catch {
    // Not JSON: keep the generic code.
  }
  throw new ApiError(response.status, code, field);
}

async function write<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  csrfToken: string | undefined,
): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
  };
  if (csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    body: JSON.stringify(body),
  });
  return read<T>(response);
}

/**
 * Calls central with the session cookie; writes carry the session's CSRF
 * token (the browser adds the same-site Origin itself).
 */
export function createApi(csrfToken: string | undefined): Api {
  return {
    async get<T>(path: string) {
      return read<T>(await fetch(path, { credentials: 'same-origin' }));
    },
    post<T>(path: string, body: unknown = {}) {
      return write<T>('POST', path, body, csrfToken);
    },
    put<T>(path: string, body: unknown) {
      return write<T>('PUT', path, body, csrfToken);
    },
  };
}

/** The error code of anything a call threw, for a translated message. */
export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'failed';
}
