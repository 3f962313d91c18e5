import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { makeDataDir } from '../testing/harness';
import { createTestSchema } from '../testing/postgres';
import type { StaffLogin } from '../testing/staff-client';

// For the scale-out tests: the real Redis on 127.0.0.1, a key prefix per
// run, staff sockets with a session, and a central node in a process of
// its own that a test can kill.

export const TEST_REDIS_URL =
  process.env['MOTCUA_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A prefix no other run shares (several people use the same Redis). */
export function testKeyPrefix(): string {
  return `motcua-test-${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under `prefix`. */
export async function deleteKeys(prefix: string): Promise<void> {
  const client = createClient({ url: TEST_REDIS_URL });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    await client.close();
  }
}

/** What the central nodes of one test share, made fresh for that test. */
export interface ClusterStore {
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly redisKeyPrefix: string;
  /** Drops the schema, the data folder and the Redis keys. */
  dispose(): Promise<void>;
}

/** A PostgreSQL schema, a data folder and a Redis key prefix of its own. */
export async function clusterStore(): Promise<ClusterStore> {
  const schema = await createTestSchema();
  const dataDir = await makeDataDir();
  const redisKeyPrefix = testKeyPrefix();
  return {
    dataDir,
    databaseUrl: schema.url,
    redisUrl: TEST_REDIS_URL,
    redisKeyPrefix,
    async dispose() {
      await schema.drop();
      await rm(dataDir, { recursive: true, force: true });
      await deleteKeys(redisKeyPrefix);
    },
  };
}

/** `/staff` as a logged-in browser tab on `url` would open it. */
export function connectStaffWith(url: string, login: StaffLogin): Socket {
  return io(`${url}/staff`, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    extraHeaders: { cookie: login.cookie },
  });
}

/** The first `event` from now on whose payload passes `test`. */
export function eventMatching<T>(
  socket: Socket,
  event: string,
  test: (payload: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching ${event} within ${String(timeoutMs)} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!test(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

export interface NodeProcess {
  readonly url: string;
  /** SIGKILL: the node dies without telling anyone. */
  kill(): Promise<void>;
}

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(REPO_ROOT, 'central/src/main.ts');

/** Runs `central/src/main.ts` with `env` until it logs its URL. */
export function startNodeProcess(
  env: Record<string, string>,
): Promise<NodeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, MOTCUA_CENTRAL_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', resolve));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`central did not start in 30 s:\n${stderr}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`central exited with ${String(code)}:\n${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = listeningUrl(line);
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({
        url,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGKILL');
          }
          await exited;
        },
      });
    });
  });
}

function listeningUrl(line: string): string | undefined {
  try {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    const { event, url } = parsed;
    return event === 'service-listening' && typeof url === 'string'
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
