import type { IncomingMessage, ServerResponse } from 'node:http';
import { statfsSync } from 'node:fs';
import { parseCccdQr } from '@motcua/hardware/card-reader';
import type { Logger, PrinterStatus, Procedure } from '@motcua/protocol';
import { createLogger } from '@motcua/protocol';
import { CALENDAR_2026 } from './calendar/calendar-2026';
import type { AgentConfig } from './config';
import { openDevices } from './devices';
import { submitDossier } from './intake/submit-dossier';
import { startLocalApi } from './local-api/local-api';
import { printSlip } from './printing/print-slip';
import { slipLayout } from './printing/slip-layout';
import { DossierStore } from './store/dossier-store';
import { openStore } from './store/open-store';
import { loadSealer } from './store/sealing';
import { connectCentral } from './sync/central-link';

export const AGENT_VERSION = '0.1.0';

/** How often the printer is asked for its status when idle. */
export const PRINTER_POLL_MS = 5_000;

export interface RunningAgent {
  readonly url: string;
  readonly store: DossierStore;
  close(): Promise<void>;
}

export interface AgentOptions {
  readonly logger?: Logger;
  readonly now?: () => Date;
}

/** Starts the kiosk agent: store, devices, local API and sync. */
export async function startAgent(
  config: AgentConfig,
  options: AgentOptions = {},
): Promise<RunningAgent> {
  const now = options.now ?? (() => new Date());
  const logger =
    options.logger ??
    createLogger({
      source: 'agent',
      write: (line) => process.stdout.write(line),
    });
  const startedAt = now();

  const db = openStore(config.dataDir);
  logger.log('store-opened', 'success', { dataDir: config.dataDir });
  const store = new DossierStore(db, loadSealer(config.dataDir), {
    agencyCode: config.agencyCode,
    sequenceBlock: config.sequenceBlock,
  });
  const devices = await openDevices(config);
  const procedures = (): readonly Procedure[] =>
    store.loadCatalog()?.procedures ?? [];

  let printerStatus: PrinterStatus = {
    state: 'disconnected',
    at: now().toISOString(),
  };

  const link = connectCentral({
    centralUrl: config.centralUrl,
    kioskId: config.kioskId,
    token: config.centralToken,
    store,
    logger,
    now,
    heartbeat: () => ({
      kioskId: config.kioskId,
      uptimeSeconds: Math.floor((now().getTime() - startedAt.getTime()) / 1000),
      agentVersion: AGENT_VERSION,
      devices: [
        {
          role: 'printer',
          driver: devices.printerDriver,
          state: printerStatus.state,
        },
        { role: 'scanner', driver: 'simulated', state: 'ready' },
      ],
      outbox: store.backlog(now()),
      freeDiskBytes: freeDisk(config.dataDir),
    }),
  });

  const api = await startLocalApi({
    host: config.host,
    port: config.port,
    appDir: config.appDir,
    token: config.pageToken,
    logger,
    handlers: {
      kioskId: config.kioskId,
      simulator: config.simulator,
      printerStatus: () => printerStatus,
      catalog: () => store.loadCatalog(),
      submit: (payload) =>
        submitDossier(
          {
            kioskId: config.kioskId,
            store,
            calendar: () => CALENDAR_2026,
            procedures,
            print: (record, procedure) =>
              printSlip(
                devices.printer,
                devices.profile,
                slipLayout(record, procedure, {
                  wardName: config.wardName,
                  kioskId: config.kioskId,
                }),
              ).finally(() => void pollPrinter()),
            committed: () => link.wake(),
            now,
            logger,
          },
          payload,
        ),
      endSession: () => logger.log('session-ended', 'success'),
      simScan: async ({ data }) => {
        if (devices.simulatedScanner === undefined) {
          return {
            ok: false,
            error: { code: 'simulator.off', message: 'No simulated scanner' },
          };
        }
        devices.simulatedScanner.inject(data);
        return { ok: true };
      },
      simPrinter: async ({ condition }) => {
        if (devices.virtualPrinter === undefined) {
          return {
            ok: false,
            error: { code: 'simulator.off', message: 'No simulated printer' },
          };
        }
        devices.virtualPrinter.setCondition(condition);
        await pollPrinter();
        return { ok: true };
      },
      http: (req, res) => simulatorRoutes(req, res),
    },
  });

  devices.scanner.onScan(({ data }) => {
    const read = parseCccdQr(data, now());
    if (read.ok) {
      logger.log('identity-read', 'success', { source: 'qr' });
      api.emit('identity.read', {
        source: 'qr',
        identity: read.value.identity,
      });
    } else {
      logger.log('identity-rejected', 'failure', { error: read.error });
      api.emit('identity.error', { error: read.error });
    }
  });

  const pollPrinter = async (): Promise<void> => {
    const result = await devices.printer.status();
    const next: PrinterStatus = result.ok
      ? result.value
      : { state: 'disconnected', at: now().toISOString() };
    if (next.state !== printerStatus.state) {
      logger.log('printer-status-changed', 'n/a', {
        from: printerStatus.state,
        to: next.state,
      });
      printerStatus = next;
      api.emit('printer.status', printerStatus);
    }
  };
  await pollPrinter();
  const poller = setInterval(() => void pollPrinter(), PRINTER_POLL_MS);
  poller.unref();

  async function simulatorRoutes(
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

  logger.log('service-listening', 'success', {
    service: 'agent',
    url: api.url,
    simulator: config.simulator,
  });

  return {
    url: api.url,
    store,
    async close() {
      logger.log('service-stopping', 'n/a', { service: 'agent' });
      clearInterval(poller);
      await link.close();
      await api.close();
      await devices.close();
      db.close();
    },
  };
}

function freeDisk(path: string): number {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return 0;
  }
}
