import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServiceSpec {
  readonly name: string;
  /** Entry file, relative to the repository root; run with tsx. */
  readonly entry: string;
  readonly env: Record<string, string>;
  /** Every log line goes here as well. */
  readonly logFile?: string;
  /** How long the service has to say it is listening. */
  readonly startTimeoutMs?: number;
}

export interface RunningService {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Log lines seen so far, parsed. */
  readonly lines: Record<string, unknown>[];
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a power cut or a crash would. */
  kill(): Promise<void>;
}

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

/**
 * Starts one motcua process and resolves once it logs `service-listening`,
 * with the URL it reported (so tests can use port 0).
 */
export function startService(spec: ServiceSpec): Promise<RunningService> {
  const child = spawn(TSX, [join(REPO_ROOT, spec.entry)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log =
    spec.logFile === undefined ? undefined : createWriteStream(spec.logFile);
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    log?.write(chunk);
  });

  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
    }
    await exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${spec.name} did not start in time:\n${stderr}`));
    }, spec.startTimeoutMs ?? 60_000);

    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} exited with ${String(code)}:\n${stderr}`));
    });

    createInterface({ input: child.stdout }).on('line', (line) => {
      log?.write(`${line}\n`);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      lines.push(parsed);
      if (
        parsed['event'] === 'service-listening' &&
        typeof parsed['url'] === 'string'
      ) {
        clearTimeout(timer);
        resolve({
          name: spec.name,
          url: parsed['url'],
          child,
          lines,
          stop: () => stopWith('SIGTERM'),
          kill: () => stopWith('SIGKILL'),
        });
      }
    });
  });
}
