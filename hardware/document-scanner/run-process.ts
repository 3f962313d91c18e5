import { spawn } from 'node:child_process';

export interface RunOptions {
  /** Past this, the process is asked to stop (SIGTERM). */
  readonly timeoutMs: number;
  /** After SIGTERM, how long before SIGKILL. */
  readonly killGraceMs: number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface ProcessOutcome {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Set when the program could not be started at all (e.g. ENOENT). */
  readonly startError?: string;
}

/** Output past this is dropped from the front; the end says what failed. */
const maxCapturedChars = 256 * 1024;

/**
 * Runs a program without a shell and collects its output. Never rejects:
 * a missing program, a crash and a timeout all come back as an outcome.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let startError: string | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout = keepTail(stdout + chunk);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr = keepTail(stderr + chunk);
    });

    // SIGTERM lets scanimage cancel the scan and release the device; a
    // backend stuck in a USB call gets SIGKILL after the grace period.
    let killTimer: NodeJS.Timeout | undefined;
    const timeoutTimer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), options.killGraceMs);
    }, options.timeoutMs);

    child.on('error', (error) => {
      startError = error.message;
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timeoutTimer);
      if (killTimer !== undefined) clearTimeout(killTimer);
      const outcome = { exitCode, signal, stdout, stderr, timedOut };
      resolve(startError === undefined ? outcome : { ...outcome, startError });
    });
  });
}

function keepTail(text: string): string {
  return text.length > maxCapturedChars
    ? text.slice(text.length - maxCapturedChars)
    : text;
}
