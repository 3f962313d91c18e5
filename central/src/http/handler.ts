import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CentralContext } from '../context';
import type { ApiOptions } from './api';
import { handleApi } from './api';
import { serveMetrics } from './metrics';
import { sendError } from './respond';
import { serveDashboard } from './static';

/** The one request listener: the JSON API, metrics, else the dashboard. */
export function createRequestHandler(
  context: CentralContext,
  api: ApiOptions,
  dashboardDir: string,
) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const { pathname } = new URL(request.url ?? '/', 'http://central');
    const answer =
      pathname === '/api' || pathname.startsWith('/api/')
        ? handleApi(context, api, request, response, pathname)
        : pathname === '/metrics'
          ? serveMetrics(context, api, request, response)
          : serveDashboard(dashboardDir, pathname, response);

    answer.catch((error: unknown) => {
      context.logger.log('request-failed', 'failure', {
        path: pathname,
        reason: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) {
        sendError(response, 500, 'internal', 'Central failed to answer');
      } else {
        response.destroy();
      }
    });
  };
}
