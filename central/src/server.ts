import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { createLogger } from '@motcua/protocol';
import { seedProcedures } from './catalog/seed';
import type { CentralContext, KioskCredential } from './context';
import { createRequestHandler } from './http/handler';
import { DEV_KIOSK } from './kiosk/auth';
import { serveKiosks } from './kiosk/namespace';
import { KioskRegistry } from './kiosk/registry';
import { serveStaff, staffBroadcast } from './staff/namespace';
import { openSqliteStore } from './store/sqlite';

export interface CentralOptions {
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** Defaults to 7400; 0 picks any free port. */
  readonly port?: number;
  /** Where `central.sqlite` lives; created if missing. */
  readonly dataDir: string;
  /** Kiosks allowed to connect; defaults to the development kiosk. */
  readonly kiosks?: readonly KioskCredential[];
  /** The built dashboard; defaults to `central/dist/dashboard`. */
  readonly dashboardDir?: string;
  /** Receives one JSON log line at a time; defaults to stdout. */
  readonly log?: (line: string) => void;
}

export interface RunningCentral {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 7400;

const DEFAULT_DASHBOARD_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'dashboard',
);

/** Opens the store, then serves the API, the dashboard and both namespaces. */
export async function startCentral(
  options: CentralOptions,
): Promise<RunningCentral> {
  const host = options.host ?? '127.0.0.1';
  const logger = createLogger({
    source: 'central',
    write: options.log ?? ((line) => process.stdout.write(line)),
  });
  const kiosks = options.kiosks ?? [DEV_KIOSK];

  mkdirSync(options.dataDir, { recursive: true });
  const store = openSqliteStore(options.dataDir);
  logger.log('store-opened', 'success', { ...store.info });

  const catalog = await store.publishCatalog(seedProcedures);
  const registry = new KioskRegistry(
    kiosks.map((kiosk) => kiosk.id),
    await store.kioskLastSeen(),
  );

  // The request listener must exist before socket.io attaches, so that
  // socket.io passes on only the requests that are not its own.
  let handleRequest: RequestListener = (_request, response) => {
    response.writeHead(503).end();
  };
  const httpServer = createServer((request, response) =>
    handleRequest(request, response),
  );
  const io = new Server(httpServer, {
    serveClient: false,
    // A kiosk is refused for good rather than left waiting on a bad token.
    connectTimeout: 10_000,
  });
  const context: CentralContext = {
    store,
    registry,
    catalog,
    kiosks,
    logger,
    staff: staffBroadcast(io.of('/staff')),
    now: () => new Date(),
  };
  handleRequest = createRequestHandler(
    context,
    options.dashboardDir ?? DEFAULT_DASHBOARD_DIR,
  );
  serveKiosks(io.of('/kiosk'), context);
  serveStaff(io.of('/staff'), context);

  let url: string;
  try {
    url = await listen(httpServer, host, options.port ?? DEFAULT_PORT);
  } catch (error) {
    await store.close();
    throw error;
  }
  logger.log('service-listening', 'success', { url });

  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        logger.log('service-stopping', 'n/a', { url });
        io.disconnectSockets(true);
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
        });
        await store.close();
      })();
      return closing;
    },
  };
}

function listen(
  server: ReturnType<typeof createServer>,
  host: string,
  port: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${host}]` : host;
      resolve(`http://${shownHost}:${String(address.port)}`);
    });
  });
}
