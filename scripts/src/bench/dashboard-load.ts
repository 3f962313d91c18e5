// The staff dashboard with many live kiosks: one central process, kiosks
// simulated by the central load benchmark's workers (real Ed25519
// handshakes, a heartbeat each every 10 s), and Debian Chromium at
// 1920×1080 logged in as admin.
//
//   cd central && npx vite build --outDir /tmp/k/dashboard --emptyOutDir
//   MOTCUA_DASHBOARD_DIR=/tmp/k/dashboard \
//     npx tsx scripts/src/bench/dashboard-load.ts [options]
//     --counts=100,1000,3000  kiosks at each step (added, never removed)
//     --window=60             seconds of live heartbeats measured per step
//     --settle=15             seconds waited after the last connection
//     --workers=2             load-generator processes
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardDir } from '../e2e/dashboard-system';
import { launchChromium, screenshotDir } from '../e2e/system';
import { openFileLimit, startCentralProcess } from './central-load-process';
import type { BoardNumbers } from './dashboard-load-page';
import { openBoard } from './dashboard-load-page';
import { startLoadWorkers } from './load-workers';
import { percentile } from './stats';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = ''] = arg.replace(/^--/, '').split('=');
    return [name, value];
  }),
);
const COUNTS = (args.get('counts') ?? '100,1000,3000').split(',').map(Number);
const WINDOW_S = Number(args.get('window') ?? 60);
const SETTLE_S = Number(args.get('settle') ?? 15);
const WORKERS = Number(args.get('workers') ?? 2);
const INTERVAL_MS = 10_000;
const SCREENSHOT_AT = 1_000;

const maxCount = Math.max(...COUNTS);
if (openFileLimit() < maxCount + 1_000) {
  console.error(`raise ulimit -n to at least ${String(maxCount + 1_000)}`);
  process.exit(2);
}

const sleep = (seconds: number) =>
  new Promise((resolve) => setTimeout(resolve, seconds * 1000));

// startCentralProcess passes its environment on: a private dashboard
// build and an admin account to log in with.
const password = randomBytes(12).toString('base64url');
process.env['MOTCUA_DASHBOARD_DIR'] = dashboardDir();
process.env['MOTCUA_STAFF_ADMIN_PASSWORD'] = password;

const dataDir = await mkdtemp(join(tmpdir(), 'motcua-dashboard-load-'));
const central = await startCentralProcess(dataDir);
const workers = startLoadWorkers(WORKERS, central.url, INTERVAL_MS);
const browser = await launchChromium();
const rows: (BoardNumbers & { kiosks: number })[] = [];

try {
  for (const count of COUNTS) {
    await workers.growTo(count);
    console.log(`${String(count)} kiosks connected`);
    await sleep(SETTLE_S);

    const board = await openBoard(browser, central.url, password, count);
    if (count === SCREENSHOT_AT) {
      await board.page.screenshot({
        path: join(screenshotDir('dashboard'), 'board-1000.png'),
      });
    }
    const numbers = await board.measure(WINDOW_S);
    await board.close();
    rows.push({ kiosks: count, ...numbers });
    console.log(JSON.stringify(rows.at(-1)));
  }
} finally {
  await browser.close();
  workers.stop();
  await central.stop();
  await rm(dataDir, { recursive: true, force: true });
}

printTable();
process.exit(0);

function printTable() {
  const ms = (value: number) => value.toFixed(0);
  console.log(
    `\nmachine: ${String(cpus().length)} × ${cpus()[0]?.model ?? '?'}, ` +
      `Node ${process.version}; window ${String(WINDOW_S)} s, ` +
      `heartbeat every ${String(INTERVAL_MS / 1000)} s per kiosk`,
  );
  console.log(
    '| kiosks | socket / snapshot / board painted (ms) | snapshot (KB) | ' +
      'main thread busy | of it script | ' +
      'long tasks (n / ms) | JS heap (MB) | filter apply p50 / max (ms) | ' +
      'filter clear p50 / max (ms) |',
  );
  console.log(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    console.log(
      `| ${row.kiosks.toLocaleString('en')} | ` +
        `${ms(row.socketMs)} / ${ms(row.snapshotMs)} / ${ms(row.boardMs)} | ` +
        `${(row.snapshotChars / 1024).toFixed(0)} | ` +
        `${(row.busyShare * 100).toFixed(1)} % | ` +
        `${(row.scriptShare * 100).toFixed(1)} % | ` +
        `${String(row.longTasks)} / ${ms(row.longTaskMs)} | ` +
        `${row.heapMb.toFixed(1)} | ` +
        `${ms(percentile(row.filterApplyMs, 50))} / ` +
        `${ms(Math.max(...row.filterApplyMs))} | ` +
        `${ms(percentile(row.filterClearMs, 50))} / ` +
        `${ms(Math.max(...row.filterClearMs))} |`,
    );
  }
}
