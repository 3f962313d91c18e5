import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { createLogger } from '@motcua/protocol';
import type { Logger } from '@motcua/protocol';
import type { StaffSeed } from './auth/seed';
import { DEV_STAFF, seedStaff } from './auth/seed';
import { createStaffAuth } from './auth/staff-auth';
import { calendar2026 } from './catalog/calendar';
import { seedProcedures } from './catalog/seed';
import type { CentralContext } from './context';
import type { Fleet } from './fleet/fleet';
import { createFleet } from './fleet/fleet';
import type { KioskSlotInput } from './fleet/tokens';
import { registerBootstrapToken } from './fleet/tokens';
import { createRequestHandler } from './http/handler';
import { serveKiosks } from './kiosk/namespace';
import { PushHub } from './kiosk/push-hub';
import { KioskRegistry } from './kiosk/registry';
import { CentralCounters } from './metrics/counters';
import { serveStaff, staffBroadcast } from './staff/namespace';
import { BlobStore } from './store/blobs';
import { openSqliteStore } from './store/sqlite';
import type { CentralStore } from './store/types';

export interface CentralOptions {
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** Defaults to 7400; 0 picks any free port. */
  readonly port?: number;
  /** Where `central.sqlite` and `blobs/` live; created if missing. */
  readonly dataDir: string;
  /** The built dashboard; defaults to `central/dist/dashboard`. */
  readonly dashboardDir?: string;
  /** Receives one JSON log line at a time; defaults to stdout. */
  readonly log?: (line: string) => void;
  /** Central's clock; tests move it to expire tokens and skew handshakes. */
  readonly now?: () => Date;
  /** Serve the admin HTTP routes without staff login (development). */
  readonly allowOpenAdmin?: boolean;
  /** Staff accounts to create, or to reset to this password and role. */
  readonly staff?: readonly StaffSeed[];
  /**
   * With no staff account at all, create admin/admin, operator/operator
   * and viewer/viewer (development only; logged as a warning).
   */
  readonly devStaff?: boolean;
  /** At boot, lets this kiosk enroll with this token if it has not yet. */
  readonly bootstrapEnrollment?: KioskSlotInput & { readonly token: string };
}

export interface RunningCentral extends Fleet {
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
  const now = options.now ?? (() => new Date());
  const logger = createLogger({
    source: 'central',
    write: options.log ?? ((line) => process.stdout.write(line)),
  });

  mkdirSync(options.dataDir, { recursive: true });
  const store = openSqliteStore(options.dataDir);
  logger.log('store-opened', 'success', { ...store.info });

  const allowOpenAdmin = options.allowOpenAdmin ?? false;
  const openReads = await prepareStaff(store, logger, options, now());
  const catalog = await store.publishCatalog(seedProcedures);
  const calendar = (await store.readCalendar()) ?? calendar2026;
  const enrolled = await store.enrolledKiosks();
  const registry = new KioskRegistry(
    enrolled.map((slot) => slot.id),
    await store.kioskLastSeen(),
    await store.latestKioskEvents(),
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
    // A kiosk is refused for good rather than left waiting on a bad proof.
    connectTimeout: 10_000,
  });
  const context: CentralContext = {
    store,
    blobs: new BlobStore(options.dataDir),
    registry,
    published: { catalog, calendar },
    pushes: new PushHub(),
    logger,
    staff: staffBroadcast(io.of('/staff')),
    counters: new CentralCounters(),
    now,
  };
  const fleet = createFleet(context, io.of('/kiosk'));
  const auth = createStaffAuth(store, logger, now);
  handleRequest = createRequestHandler(
    context,
    { fleet, auth, allowOpenAdmin, openReads },
    options.dashboardDir ?? DEFAULT_DASHBOARD_DIR,
  );
  serveKiosks(io.of('/kiosk'), context);
  serveStaff(io.of('/staff'), context, {
    auth,
    open: allowOpenAdmin || openReads,
  });

  let url: string;
  try {
    if (options.bootstrapEnrollment !== undefined) {
      await registerBootstrapToken(context, options.bootstrapEnrollment);
    }
    url = await listen(httpServer, host, options.port ?? DEFAULT_PORT);
  } catch (error) {
    await store.close();
    throw error;
  }
  logger.log('service-listening', 'success', { url });

  let closing: Promise<void> | undefined;
  return {
    ...fleet,
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

/**
 * Seeds the staff accounts; says whether reads must stay open because no
 * account exists at all (a fresh development or test central).
 */
async function prepareStaff(
  store: CentralStore,
  logger: Logger,
  options: CentralOptions,
  at: Date,
): Promise<boolean> {
  await seedStaff(store, logger, options.staff ?? [], at);
  if (options.devStaff === true && (await store.countStaffUsers()) === 0) {
    await seedStaff(store, logger, DEV_STAFF, at);
    logger.log('staff-dev-accounts', 'n/a', {
      warning: 'password = username; development only',
      usernames: DEV_STAFF.map((seed) => seed.username),
    });
  }
  if (options.allowOpenAdmin === true) return false;

  const open = (await store.countStaffUsers()) === 0;
  if (open) {
    logger.log('staff-open-reads', 'n/a', {
      warning:
        'no staff account: dossiers, kiosks and /staff are open to anyone',
      fix: 'set MOTCUA_STAFF_ADMIN_PASSWORD',
    });
  }
  return open;
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
