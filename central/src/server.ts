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
import type { ClusterNode } from './cluster/cluster';
import { joinCluster } from './cluster/cluster';
import type { Fleet } from './fleet/fleet';
import { createFleet } from './fleet/fleet';
import type { KioskSlotInput } from './fleet/tokens';
import { registerBootstrapToken } from './fleet/tokens';
import type { MonitoringOptions } from './alerts/monitoring';
import { createMonitoring } from './alerts/monitoring';
import { createRequestHandler } from './http/handler';
import { serveKiosks } from './kiosk/namespace';
import { PushHub } from './kiosk/push-hub';
import { KioskRegistry } from './kiosk/registry';
import { CentralCounters } from './metrics/counters';
import { kioskShownHere, serveStaff, staffBroadcast } from './staff/namespace';
import { BlobStore } from './store/blobs';
import { openCentralStore } from './store/central-store';
import type { CentralStore } from './store/types';

export interface CentralOptions extends MonitoringOptions {
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** Defaults to 7400; 0 picks any free port. */
  readonly port?: number;
  /**
   * Where `blobs/` live, and `central.sqlite` unless `databaseUrl` is
   * given; created if missing.
   */
  readonly dataDir: string;
  /** `postgres://…`: keep the store in PostgreSQL instead of SQLite. */
  readonly databaseUrl?: string;
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
  /** `redis://…`: share kiosks and staff feeds with other central nodes. */
  readonly redisUrl?: string;
  /** Before every Redis key and channel; defaults to `motcua:`. */
  readonly redisKeyPrefix?: string;
  /** How long a dead node's kiosks stay online elsewhere (30 s). */
  readonly presenceTtlMs?: number;
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
  const store = await openCentralStore({
    dataDir: options.dataDir,
    ...(options.databaseUrl === undefined
      ? {}
      : { databaseUrl: options.databaseUrl }),
  });
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
  let cluster: ClusterNode | undefined;
  if (options.redisUrl !== undefined) {
    cluster = await joinCluster(
      {
        redisUrl: options.redisUrl,
        keyPrefix: options.redisKeyPrefix,
        presenceTtlMs: options.presenceTtlMs,
      },
      logger,
      now,
    ).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
  }

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
    ...(cluster === undefined ? {} : { adapter: cluster.adapter }),
  });
  const published = { catalog, calendar };
  const staff = staffBroadcast(io.of('/staff'));
  const monitoring = await createMonitoring(
    { db: store.db, store, registry, published, staff, logger, now },
    { ...options, devWardRoles: options.devStaff === true },
  );
  const context: CentralContext = {
    store,
    db: store.db,
    ...monitoring.parts,
    blobs: new BlobStore(options.dataDir),
    registry,
    published,
    pushes: new PushHub(),
    logger,
    staff,
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
    await cluster?.attach({
      registry,
      pushes: context.pushes,
      showHere: kioskShownHere(io.of('/staff')),
    });
    if (options.bootstrapEnrollment !== undefined) {
      await registerBootstrapToken(context, options.bootstrapEnrollment);
    }
    url = await listen(httpServer, host, options.port ?? DEFAULT_PORT);
  } catch (error) {
    await cluster?.close();
    await store.close();
    throw error;
  }
  logger.log('service-listening', 'success', { url });
  const stopMonitoring = monitoring.start();

  let closing: Promise<void> | undefined;
  return {
    ...fleet,
    url,
    close() {
      closing ??= (async () => {
        logger.log('service-stopping', 'n/a', { url });
        stopMonitoring();
        io.disconnectSockets(true);
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
        });
        await cluster?.close();
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
