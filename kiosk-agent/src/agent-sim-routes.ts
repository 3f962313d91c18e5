import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VirtualPrinter } from '@motcua/hardware/receipt-printer';
import { profileDots, renderJobPng } from '@motcua/hardware/receipt-printer';
import type { AgentConfig } from './config';
import type { Devices } from './devices';
import type { ResidentSession } from './session/resident-session';

/**
 * Simulator tools over HTTP on the loopback API: what the virtual printer
 * received, for the dev panel and the tests, and (read-only) how much the
 * resident session holds, for the privacy test. Absent outside simulator
 * mode.
 */
export async function simulatorRoutes(
  config: AgentConfig,
  devices: Devices,
  req: IncomingMessage,
  res: ServerResponse,
  session?: Pick<ResidentSession, 'heldCount'>,
): Promise<boolean> {
  const printer = devices.virtualPrinter;
  if (!config.simulator || printer === undefined) return false;
  if (req.method !== 'GET') return false;

  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  switch (path) {
    case '/sim/printer/jobs':
      sendJobs(printer, res);
      return true;
    case '/sim/printer/last.png':
      sendLastJobPng(printer, profileDots(devices.profile), res);
      return true;
    case '/sim/session':
      if (session === undefined) return false;
      // Counts only: the documents themselves never leave the session.
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify({ heldDocuments: session.heldCount() }));
      return true;
    default:
      return false;
  }
}

function sendJobs(printer: VirtualPrinter, res: ServerResponse): void {
  const jobs = printer.jobs().map((job) => ({
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
}

/** The newest job as the paper it would come out as, drawn to its width. */
function sendLastJobPng(
  printer: VirtualPrinter,
  paperDots: number,
  res: ServerResponse,
): void {
  const last = printer.jobs().at(-1);
  if (last === undefined) {
    res.writeHead(404, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end('No job printed yet');
    return;
  }

  const png = renderJobPng(last, { paperDots });
  res.writeHead(200, {
    'content-type': 'image/png',
    'content-length': png.length,
    'cache-control': 'no-store',
  });
  res.end(png);
}
