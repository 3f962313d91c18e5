import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; connect-src 'self' ws: wss:; " +
    "frame-ancestors 'none'",
};

export const NOT_BUILT_MESSAGE =
  'The staff dashboard is not built yet. ' +
  'Run `pnpm --filter @motcua/central build`, then reload this page.\n';

/**
 * Serves the built dashboard. Paths without a file fall back to
 * `index.html` so that the single-page app owns its own routes.
 */
export async function serveDashboard(
  dashboardDir: string,
  pathname: string,
  response: ServerResponse,
): Promise<void> {
  const file =
    (await findFile(dashboardDir, pathname)) ??
    (await findFile(dashboardDir, '/index.html'));

  if (file === undefined) {
    response.writeHead(503, {
      'content-type': 'text/plain; charset=utf-8',
      ...SECURITY_HEADERS,
    });
    response.end(NOT_BUILT_MESSAGE);
    return;
  }

  const body = await readFile(file);
  const hashed = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'content-type':
      CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    // Vite names built assets by content hash, so they never change.
    'cache-control': hashed
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    ...SECURITY_HEADERS,
  });
  response.end(body);
}

async function findFile(
  root: string,
  pathname: string,
): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded === '/' ? '/index.html' : decoded);
  const candidate = join(root, relative);
  // Refuse anything that `..` would take outside the dashboard folder.
  if (!candidate.startsWith(join(root, sep)) || decoded.includes('\0')) {
    return undefined;
  }
  try {
    return (await stat(candidate)).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}
