import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@motcua/protocol';
import { clusterOptionsFromEnv } from './cluster/env';
import { DEFAULT_PORT, startCentral } from './server';

// Runs central from the command line (`pnpm --filter @motcua/central start`).
// Configuration comes from the environment; log lines go to stdout.

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const write = (line: string) => {
  process.stdout.write(line);
};
const logger = createLogger({ source: 'central', write });

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`MOTCUA_CENTRAL_PORT must be 0–65535, not "${value}"`);
  }
  return port;
}

// A kiosk slot with its token, so that `npm start` enrolls the development
// kiosk without a manual step. All four are given together or not at all.
function readBootstrap(env: NodeJS.ProcessEnv) {
  const kioskId = env['MOTCUA_BOOTSTRAP_KIOSK'];
  const token = env['MOTCUA_BOOTSTRAP_TOKEN'];
  if (!kioskId || !token) return undefined;
  const ward = env['MOTCUA_BOOTSTRAP_WARD'];
  if (!ward) throw new Error('MOTCUA_BOOTSTRAP_WARD is needed with a token');
  return {
    kioskId,
    ward,
    address: env['MOTCUA_BOOTSTRAP_ADDRESS'] ?? '',
    token,
  };
}

/**
 * Seconds without a heartbeat before a kiosk shows offline (default 60).
 * Kiosks beat every 10 s, so anything shorter than 15 would flag healthy
 * kiosks between two beats.
 */
function readOfflineAfter(value: string | undefined) {
  if (value === undefined || value === '') return {};
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 15 || seconds > 3600) {
    throw new Error('MOTCUA_OFFLINE_AFTER_SECONDS: whole seconds, 15 to 3600');
  }
  return { offlineAfterSeconds: seconds };
}

const env = process.env;
const config = {
  host: env['MOTCUA_CENTRAL_HOST'] || '127.0.0.1',
  port: readPort(env['MOTCUA_CENTRAL_PORT']),
  dataDir: resolve(
    env['MOTCUA_CENTRAL_DATA'] || resolve(REPO_ROOT, '.data', 'central'),
  ),
  allowOpenAdmin: env['MOTCUA_CENTRAL_OPEN_ADMIN'] === '1',
  ...readOfflineAfter(env['MOTCUA_OFFLINE_AFTER_SECONDS']),
  // The built dashboard; central/dist/dashboard when not given.
  ...(env['MOTCUA_DASHBOARD_DIR']
    ? { dashboardDir: resolve(env['MOTCUA_DASHBOARD_DIR']) }
    : {}),
};
// Kept out of `config`, which is logged: the URL may carry a password.
const databaseUrl = env['MOTCUA_DATABASE_URL'] || undefined;
// Also kept out: a Redis URL may carry one too.
const cluster = clusterOptionsFromEnv(env);
const bootstrapEnrollment = readBootstrap(env);
const adminPassword = env['MOTCUA_STAFF_ADMIN_PASSWORD'];
const staff =
  adminPassword === undefined || adminPassword === ''
    ? []
    : [{ username: 'admin', password: adminPassword, role: 'admin' as const }];
mkdirSync(config.dataDir, { recursive: true });
logger.log('config-loaded', 'success', {
  ...config,
  database: databaseUrl === undefined ? 'embedded' : 'postgres',
  cluster: cluster.redisUrl === undefined ? 'single' : 'redis',
  bootstrapKiosk: bootstrapEnrollment?.kioskId ?? null,
  staffAdminFromEnv: staff.length > 0,
});

const central = await startCentral({
  ...config,
  ...(databaseUrl === undefined ? {} : { databaseUrl }),
  ...(bootstrapEnrollment === undefined ? {} : { bootstrapEnrollment }),
  ...cluster,
  staff,
  devStaff: env['MOTCUA_CENTRAL_DEV_STAFF'] === '1',
  log: write,
});

let stopping = false;
// central.close() logs `service-stopping` itself.
const stop = () => {
  if (stopping) return;
  stopping = true;
  central.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.log('service-stopping', 'failure', {
        reason: error instanceof Error ? error.message : String(error),
      });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
