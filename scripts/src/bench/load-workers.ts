import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FromWorker, ToWorker, WorkerStats } from './central-load-worker';

const WORKER_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  'central-load-worker.ts',
);

/** Load-generator processes, each holding a share of simulated kiosks. */
export interface LoadWorkers {
  /** Enrolls and connects kiosks until `count` are up (never fewer). */
  growTo(count: number): Promise<void>;
  /** The workers' counters, summed. */
  stats(): Promise<Omit<WorkerStats, 'type'>>;
  /** Tells every worker to close its kiosks and exit. */
  stop(): void;
}

/** Forks `count` workers whose kiosks speak to central at `centralUrl`. */
export function startLoadWorkers(
  count: number,
  centralUrl: string,
  intervalMs: number,
): LoadWorkers {
  const workers = Array.from({ length: count }, () =>
    fork(WORKER_FILE, [], { execArgv: ['--import', 'tsx'] }),
  );
  let connected = 0;

  const addKiosks = async (worker: ChildProcess, indexes: number[]) => {
    const added = reply(worker, 'added');
    send(worker, { type: 'add', url: centralUrl, indexes, intervalMs });
    await added;
  };

  return {
    async growTo(total) {
      const indexes = Array.from(
        { length: total - connected },
        (_, n) => connected + n,
      );
      await Promise.all(
        workers.map((worker, w) =>
          addKiosks(
            worker,
            indexes.filter((index) => index % workers.length === w),
          ),
        ),
      );
      connected = Math.max(connected, total);
    },
    async stats() {
      const stats = await Promise.all(
        workers.map((worker) => {
          const answer = reply(worker, 'stats');
          send(worker, { type: 'stats' });
          return answer;
        }),
      );
      return {
        connected: stats.reduce((sum, s) => sum + s.connected, 0),
        heartbeats: stats.reduce((sum, s) => sum + s.heartbeats, 0),
        disconnects: stats.reduce((sum, s) => sum + s.disconnects, 0),
        retries: stats.reduce((sum, s) => sum + s.retries, 0),
      };
    },
    stop() {
      for (const worker of workers) send(worker, { type: 'stop' });
    },
  };
}

function send(worker: ChildProcess, message: ToWorker) {
  worker.send(message);
}

/** The worker's next message of `type`; rejects on `failed` or its exit. */
function reply<T extends FromWorker['type']>(
  worker: ChildProcess,
  type: T | 'failed',
): Promise<Extract<FromWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', listener);
      worker.off('exit', died);
    };
    const died = (code: number | null) => {
      done();
      reject(new Error(`load worker exited with ${String(code)}`));
    };
    const listener = (message: FromWorker) => {
      if (message.type === 'failed') {
        done();
        reject(new Error(message.reason));
      } else if (message.type === type) {
        done();
        resolve(message as Extract<FromWorker, { type: T }>);
      }
    };
    worker.on('message', listener);
    worker.once('exit', died);
  });
}
