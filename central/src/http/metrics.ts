import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CentralContext } from '../context';
import { collectMetrics } from '../metrics/collect';
import {
  EXPOSITION_CONTENT_TYPE,
  formatExposition,
} from '../metrics/exposition';
import { isLoopback } from '../metrics/loopback';
import type { ApiOptions } from './api';
import { authorize } from './guard';
import { sendError } from './respond';

/**
 * `GET /metrics` for Prometheus. A scraper on this host needs no session;
 * from anywhere else it is a read like the others (any staff session).
 */
export async function serveMetrics(
  context: CentralContext,
  options: ApiOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    return sendError(response, 405, 'method_not_allowed', 'Not allowed here');
  }

  const open =
    isLoopback(request.socket.remoteAddress) ||
    options.allowOpenAdmin ||
    options.openReads;
  if (!open) {
    const { auth } = options;
    const session = await authorize(context, auth, request, response, 'viewer');
    if (session === undefined) return;
  }

  const body = formatExposition(
    collectMetrics(context.counters, context.registry.all()),
  );
  response.writeHead(200, {
    'content-type': EXPOSITION_CONTENT_TYPE,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(method === 'HEAD' ? undefined : body);
}
