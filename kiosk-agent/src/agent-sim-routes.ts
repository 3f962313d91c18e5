import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AgentConfig } from './config';
import type { Devices } from './devices';

/**
 * Simulator tools over HTTP on the loopback API: what the virtual printer
 * received, for the dev panel and the tests. Absent outside simulator mode.
 */
export async function simulatorRoutes(
  config: AgentConfig,
  devices: Devices,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (!config.simulator || devices.virtualPrinter === undefined) return false;
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method !== 'GET' || path !== '/sim/printer/jobs') return false;

  const jobs = devices.virtualPrinter.jobs().map((job) => ({
    at: job.at.toISOString(),
    bytes: job.bytes.length,
    base64: Buffer.from(job.bytes).toString('base64'),
    ...job.decoded,
  }));
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(jobs));
  return true;
}
