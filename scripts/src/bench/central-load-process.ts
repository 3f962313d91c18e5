import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../services';

// The central process under load, started as plain `node --import tsx` so
// that its pid is the one doing the work (no wrapper process), and read
// through /proc.

export interface CentralProcess {
  readonly url: string;
  readonly pid: number;
  /** Log lines whose event is not one of the per-connection ones. */
  readonly notable: string[];
  stop(): Promise<void>;
}

const ROUTINE = new Set(['client-connected', 'client-disconnected']);

export function startCentralProcess(
  dataDir: string,
  options: { cpuProfileDir?: string } = {},
): Promise<CentralProcess> {
  const profile =
    options.cpuProfileDir === undefined
      ? []
      : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', join(REPO_ROOT, 'central/src/main.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        MOTCUA_CENTRAL_PORT: '0',
        MOTCUA_CENTRAL_DATA: dataDir,
        MOTCUA_CENTRAL_OPEN_ADMIN: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', resolve));
  const notable: string[] = [];

  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`central exited ${code}`)));
    if (child.stdout === null) throw new Error('no stdout');
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = readLine(line);
      if (parsed === undefined || ROUTINE.has(String(parsed['event']))) {
        return;
      }
      if (notable.length < 1000) notable.push(line);
      if (parsed['event'] === 'service-listening') {
        resolve({
          url: String(parsed['url']),
          pid: child.pid ?? 0,
          notable,
          async stop() {
            // SIGINT, so that --cpu-prof writes its profile on the way out.
            child.kill('SIGINT');
            await exited;
          },
        });
      }
    });
  });
}

function readLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString());

export interface CpuTime {
  readonly user: number;
  readonly system: number;
}

/** CPU seconds the process has used so far, in user and kernel mode. */
export function cpuSeconds(pid: number): CpuTime {
  const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold
  // spaces: state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    user: Number(fields[11]) / CLOCK_TICKS,
    system: Number(fields[12]) / CLOCK_TICKS,
  };
}

/** Resident set size in bytes (VmRSS). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return Number(match?.[1] ?? Number.NaN) * 1024;
}

/** `ulimit -n` of this shell; central needs one descriptor per kiosk. */
export function openFileLimit(): number {
  return Number(execFileSync('sh', ['-c', 'ulimit -n']).toString().trim());
}
