import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TOKEN_PLACEHOLDER = '__MOTCUA_AGENT_TOKEN__';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves the built kiosk page. The per-boot token goes into index.html only,
 * which is never cached, so a page from before a restart cannot connect.
 */
export function createPageHandler(appDir: string, token: string) {
  const root = normalize(appDir + sep);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const relative = url.pathname === '/' ? '/index.html' : url.pathname;
    const path = normalize(join(root, decodeURIComponent(relative)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }

    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      if (relative === '/index.html') {
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('The kiosk page is not built: run `pnpm build`.\n');
        return;
      }
      res.writeHead(404).end();
      return;
    }

    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    if (relative === '/index.html') {
      const html = body.toString('utf8').replace(TOKEN_PLACEHOLDER, token);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-security-policy':
          "default-src 'self'; connect-src 'self' ws: wss:; " +
          "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'",
      });
      res.end(html);
      return;
    }
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
    res.end(body);
  };
}
