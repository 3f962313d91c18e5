import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two linked pseudo-terminals made by socat, the closest thing to a
 * USB-serial device this container has: no kernel null-modem module and
 * no USB (reference/hardware.md §2). Open `devicePath` as the "device"
 * from the driver under test and `hostPath` from the fake device, or the
 * other way round; bytes written to one come out of the other.
 *
 * `stop()` kills socat, which removes both links and hangs up anyone
 * holding them: an unplug. `restart()` brings them back on the same paths
 * (new pty numbers underneath): a replug.
 */
export interface PtyPair {
  readonly devicePath: string;
  readonly hostPath: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops socat and removes the temporary folder. */
  dispose(): Promise<void>;
}

const READY_LINE = 'starting data transfer loop';

export async function startPtyPair(): Promise<PtyPair> {
  const folder = mkdtempSync(join(tmpdir(), 'motcua-pty-'));
  const devicePath = join(folder, 'device');
  const hostPath = join(folder, 'host');
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    // Links left by a socat that could not clean up would make it fail.
    rmSync(devicePath, { force: true });
    rmSync(hostPath, { force: true });
    child = await spawnSocat(devicePath, hostPath);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) =>
      running.once('exit', () => resolve()),
    );
    running.kill('SIGTERM');
    await exited;
  };

  await start();
  return {
    devicePath,
    hostPath,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async dispose() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function spawnSocat(a: string, b: string): Promise<ChildProcess> {
  const child = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );

  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      if (!seen.includes(READY_LINE)) return;
      child.stderr?.off('data', onData);
      // Keep draining stderr so socat never blocks on a full pipe.
      child.stderr?.resume();
      resolve(child);
    };
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!seen.includes(READY_LINE)) {
        reject(new Error(`socat exited with ${code}: ${seen.trim()}`));
      }
    });
  });
}
