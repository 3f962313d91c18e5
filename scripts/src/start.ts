// `npm start`: the whole system in simulator mode on embedded defaults.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningService } from './services';
import { REPO_ROOT, startService } from './services';

const dataDir = join(REPO_ROOT, '.data');
const logDir = join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });

const services: RunningService[] = [];
const stopAll = async () => {
  for (const service of services.reverse()) await service.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stopAll());
process.on('SIGTERM', () => void stopAll());

// The kiosk enrolls itself on its first start with a one-time token that
// central registers at boot for the development slot, as a technician would
// bring one from central staff.
const enrollToken = randomBytes(32).toString('base64url');

try {
  const central = await startService({
    name: 'central',
    entry: 'central/src/main.ts',
    env: {
      MOTCUA_CENTRAL_PORT: process.env['MOTCUA_CENTRAL_PORT'] ?? '7400',
      MOTCUA_CENTRAL_DATA: join(dataDir, 'central'),
      MOTCUA_BOOTSTRAP_KIOSK: 'KIOSK-DEV-01',
      MOTCUA_BOOTSTRAP_WARD: 'Phường Sài Gòn',
      MOTCUA_BOOTSTRAP_ADDRESS: '86 Lê Thánh Tôn, Phường Sài Gòn',
      MOTCUA_BOOTSTRAP_TOKEN: enrollToken,
      // Development logins, made only while central has no staff at all.
      MOTCUA_CENTRAL_DEV_STAFF: '1',
    },
    logFile: join(logDir, 'central.log'),
  });
  services.push(central);

  const agent = await startService({
    name: 'agent',
    entry: 'kiosk-agent/src/main.ts',
    env: {
      MOTCUA_CENTRAL_URL: central.url,
      MOTCUA_AGENT_PORT: process.env['MOTCUA_AGENT_PORT'] ?? '7401',
      MOTCUA_AGENT_DATA: join(dataDir, 'agent'),
      MOTCUA_SIMULATOR: '1',
      MOTCUA_ENROLL_TOKEN: enrollToken,
    },
    logFile: join(logDir, 'agent.log'),
  });
  services.push(agent);

  console.log(`
motcua is running in simulator mode.

  Kiosk page       ${agent.url}/        (open at 1080×1920; DEV button drives the devices)
  Staff dashboard  ${central.url}/   (development logins: admin/admin,
                   operator/operator, viewer/viewer)
  Central API      ${central.url}/api/dossiers
  Printed slips    ${agent.url}/sim/printer/jobs

Logs: ${logDir}   Data: ${dataDir}   Stop: Ctrl+C
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exitCode = 1;
}
