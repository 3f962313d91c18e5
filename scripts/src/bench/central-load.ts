// Kiosks on one central process, each sending a heartbeat every 10 s.
// Budget (DESIGN.md): ≥ 5,000 kiosks at ≤ 25 % of one core.
//
//   npx tsx scripts/src/bench/central-load.ts [options]
//     --counts=1000,5000,10000  kiosks at each step (added, never removed)
//     --window=60               seconds of steady state measured per step
//     --settle=20               seconds waited after the last connection
//     --workers=4               load-generator processes
//     --interval=10             heartbeat interval, seconds
//     --dashboards=1            staff /staff sockets watching the board
//     --cpu-prof=DIR            write central's CPU profile into DIR
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import {
  cpuSeconds,
  openFileLimit,
  residentBytes,
  startCentralProcess,
} from './central-load-process';
import { startLoadWorkers } from './load-workers';
import { verdict } from './stats';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = ''] = arg.replace(/^--/, '').split('=');
    return [name, value];
  }),
);
const COUNTS = (args.get('counts') ?? '1000,5000,10000').split(',').map(Number);
const WINDOW_S = Number(args.get('window') ?? 60);
const SETTLE_S = Number(args.get('settle') ?? 20);
const WORKERS = Number(args.get('workers') ?? 4);
const INTERVAL_MS = Number(args.get('interval') ?? 10) * 1000;
const DASHBOARDS = Number(args.get('dashboards') ?? 1);
const CPU_PROFILE_DIR = args.get('cpu-prof');
const BUDGET = { kiosks: 5_000, cpuPercent: 25 };

const maxCount = Math.max(...COUNTS);
const limit = openFileLimit();
if (limit < maxCount + 1_000) {
  console.error(
    `ulimit -n is ${String(limit)}: central needs one descriptor per ` +
      `kiosk; raise it to at least ${String(maxCount + 1_000)} first.`,
  );
  process.exit(2);
}

const sleep = (seconds: number) =>
  new Promise((resolve) => setTimeout(resolve, seconds * 1000));

interface Row {
  kiosks: number;
  online: number;
  heartbeatsPerSecond: number;
  cpuPercent: number;
  /** The part of `cpuPercent` spent in the kernel (sockets, mostly). */
  systemPercent: number;
  rssMb: number;
  disconnects: number;
  retries: number;
}

const dataDir = await mkdtemp(join(tmpdir(), 'motcua-load-'));
const central = await startCentralProcess(
  dataDir,
  CPU_PROFILE_DIR === undefined ? {} : { cpuProfileDir: CPU_PROFILE_DIR },
);
const workers = startLoadWorkers(WORKERS, central.url, INTERVAL_MS);
const dashboards = Array.from({ length: DASHBOARDS }, () =>
  io(`${central.url}/staff`, { transports: ['websocket'], forceNew: true }),
);
const rows: Row[] = [];

try {
  for (const count of COUNTS) {
    const started = performance.now();
    await workers.growTo(count);
    const took = (performance.now() - started) / 1000;
    console.log(
      `${String(count)} kiosks enrolled and connected (${took.toFixed(0)} s)`,
    );

    await sleep(SETTLE_S);
    const before = {
      cpu: cpuSeconds(central.pid),
      stats: await workers.stats(),
    };
    const t0 = performance.now();
    await sleep(WINDOW_S);
    const end = cpuSeconds(central.pid);
    const seconds = (performance.now() - t0) / 1000;
    const user = end.user - before.cpu.user;
    const system = end.system - before.cpu.system;
    const after = await workers.stats();
    rows.push({
      kiosks: count,
      online: await onlineAtCentral(central.url),
      heartbeatsPerSecond:
        (after.heartbeats - before.stats.heartbeats) / seconds,
      cpuPercent: ((user + system) / seconds) * 100,
      systemPercent: (system / seconds) * 100,
      rssMb: residentBytes(central.pid) / 2 ** 20,
      disconnects: after.disconnects,
      retries: after.retries,
    });
    printRow(rows[rows.length - 1] as Row);
  }
} finally {
  workers.stop();
  for (const dashboard of dashboards) dashboard.close();
  await central.stop();
  await rm(dataDir, { recursive: true, force: true });
}

printTable(rows);
process.exit(0);

async function onlineAtCentral(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /^motcua_kiosks\{state="online"\} (\d+)$/m.exec(text);
  return Number(match?.[1] ?? Number.NaN);
}

function printRow(row: Row) {
  console.log(
    `  ${String(row.kiosks)} kiosks: CPU ${row.cpuPercent.toFixed(1)} % ` +
      `of a core (${row.systemPercent.toFixed(1)} % in the kernel), ` +
      `RSS ${row.rssMb.toFixed(0)} MB, ` +
      `${row.heartbeatsPerSecond.toFixed(0)} heartbeats/s, ` +
      `${String(row.online)} online at central`,
  );
}

function printTable(table: Row[]) {
  console.log(
    `\nmachine: ${String(cpus().length)} × ${cpus()[0]?.model ?? '?'}, ` +
      `Node ${process.version}; window ${String(WINDOW_S)} s, ` +
      `${String(WORKERS)} load workers, ${String(DASHBOARDS)} dashboard(s)`,
  );
  console.log(
    '| kiosks | online | heartbeats/s | central CPU (% of a core) ' +
      '| of it kernel | RSS (MB) | budget |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of table) {
    const judged = row.kiosks >= BUDGET.kiosks;
    const pass = row.cpuPercent <= BUDGET.cpuPercent;
    console.log(
      `| ${row.kiosks.toLocaleString('en')} | ${String(row.online)} | ` +
        `${row.heartbeatsPerSecond.toFixed(0)} | ` +
        `${row.cpuPercent.toFixed(1)} | ${row.systemPercent.toFixed(1)} | ` +
        `${row.rssMb.toFixed(0)} | ` +
        `${judged ? `≤ 25 %: ${verdict(pass)}` : '—'} |`,
    );
  }
  const lost = table.at(-1)?.disconnects ?? 0;
  if (lost > 0) console.log(`(kiosk sockets dropped: ${String(lost)})`);
  const retried = table.at(-1)?.retries ?? 0;
  if (retried > 0) console.log(`(enrollments retried: ${String(retried)})`);
}
