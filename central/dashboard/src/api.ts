/** A refused or failed API call, with central's stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${String(status)} ${code}`);
    this.name = 'ApiError';
  }
}

/** The staff API as the dashboard uses it: JSON in, JSON out. */
export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
}

async function read<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let code = 'failed';
  try {
    const body = (await response.json()) as { code?: unknown };
    if (typeof body.code === 'string') code = body.code;
  } catch {
    // Not JSON: keep the generic code.
  }
  throw new ApiError(response.status, code);
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
    async post<T>(path: string, body: unknown = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
      };
      if (csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
      const response = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: JSON.stringify(body),
      });
      return read<T>(response);
    },
  };
}

/** The error code of anything a call threw, for a translated message. */
export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'failed';
}
