/** The cookie that carries a staff session id. */
export const SESSION_COOKIE = 'motcua_staff';

/** The value of one cookie from a `Cookie` header, if present. */
export function readCookie(
  header: string | undefined,
  name: string,
): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) {
      return part.slice(separator + 1).trim();
    }
  }
  return undefined;
}

/** `Set-Cookie` for a session; `maxAgeMs` 0 clears it. */
export function sessionCookie(
  value: string,
  maxAgeMs: number,
  secure: boolean,
): string {
  const parts = [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${String(Math.floor(maxAgeMs / 1000))}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
