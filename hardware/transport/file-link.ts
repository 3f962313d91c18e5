import { constants, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { silentLinkLogger } from './link-log';
import type {
  Connector,
  OpenAttempt,
  ReconnectOptions,
} from './reconnecting-link';
import { createReconnectingLink } from './reconnecting-link';
import { realScheduler } from './scheduler';
import type { ByteLink, LinkResult } from './types';
import type { Scheduler } from './scheduler';

export interface FileLinkOptions extends ReconnectOptions {
  /** A printer device node such as `/dev/usb/lp0`. */
  readonly path: string;
  /** How often to look for status bytes and check the node still exists. */
  readonly pollMs?: number;
  readonly writeTimeoutMs?: number;
}

export const FILE_LINK_DEFAULTS = {
  pollMs: 100,
  writeTimeoutMs: 5_000,
  /** Pause before retrying a write the busy printer refused for now. */
  busyRetryMs: 10,
} as const;

/**
 * A printer reached through its device node (`/dev/usb/lp*`). Writes go
 * through fs; status replies (DLE EOT, automatic status back) are read
 * back when the node opens read-write, which usblp allows for printers
 * with a bidirectional interface. Reads are non-blocking and polled so a
 * silent printer never ties up a libuv worker thread.
 */
export function openFileLink(options: FileLinkOptions): ByteLink {
  return createReconnectingLink(
    `file:${options.path}`,
    fileConnector(options),
    options,
  );
}

const NOTHING_YET = new Set(['EAGAIN', 'EWOULDBLOCK', 'EINTR']);

async function openDevice(path: string): Promise<[FileHandle, boolean]> {
  const flags = constants.O_NOCTTY | constants.O_NONBLOCK;
  try {
    return [await open(path, constants.O_RDWR | flags), true];
  } catch {
    // A write-only device: print without status.
    return [await open(path, constants.O_WRONLY | flags), false];
  }
}

function fileConnector(options: FileLinkOptions): Connector {
  const scheduler = options.scheduler ?? realScheduler;
  const logger = options.logger ?? silentLinkLogger;
  const pollMs = options.pollMs ?? FILE_LINK_DEFAULTS.pollMs;
  const writeTimeoutMs =
    options.writeTimeoutMs ?? FILE_LINK_DEFAULTS.writeTimeoutMs;

  return async (events): Promise<OpenAttempt> => {
    let handle: FileHandle;
    let readable: boolean;
    try {
      [handle, readable] = await openDevice(options.path);
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }

    let ended = false;
    let stopPolling = (): void => {};
    const end = (reason: string): void => {
      if (ended) return;
      ended = true;
      stopPolling();
      void handle.close().catch(() => {});
      events.lost(reason);
    };

    const buffer = Buffer.alloc(512);
    const poll = async (): Promise<void> => {
      if (!existsSync(options.path)) {
        logger.log('link-watchdog-fired', 'failure', { path: options.path });
        return end(`${options.path} vanished`);
      }
      while (readable && !ended) {
        try {
          const { bytesRead } = await handle.read(
            buffer,
            0,
            buffer.length,
            null,
          );
          if (bytesRead === 0) break;
          events.data(Buffer.from(buffer.subarray(0, bytesRead)));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? '';
          if (!NOTHING_YET.has(code)) end((error as Error).message);
          break;
        }
      }
      if (!ended) stopPolling = scheduler.after(pollMs, () => void poll());
    };
    void poll();

    return {
      ok: true,
      session: {
        async write(bytes) {
          const result = await writeAll(handle, bytes, {
            scheduler,
            timeoutMs: writeTimeoutMs,
            hasEnded: () => ended,
          });
          if (!result.ok && result.error.code === 'io')
            end(result.error.message);
          return result;
        },
        async close() {
          ended = true;
          stopPolling();
          await handle.close().catch(() => {});
        },
      },
    };
  };
}

interface WriteAllOptions {
  readonly scheduler: Scheduler;
  readonly timeoutMs: number;
  readonly hasEnded: () => boolean;
}

/**
 * Writes every byte through a non-blocking handle: a busy printer answers
 * EAGAIN or takes part of the buffer, so wait a little and go on with the
 * rest until the deadline.
 */
async function writeAll(
  handle: FileHandle,
  bytes: Uint8Array,
  options: WriteAllOptions,
): Promise<LinkResult> {
  let timedOut = false;
  const cancel = options.scheduler.after(options.timeoutMs, () => {
    timedOut = true;
  });
  const pause = (): Promise<void> =>
    new Promise((resolve) => {
      options.scheduler.after(FILE_LINK_DEFAULTS.busyRetryMs, resolve);
    });

  try {
    let offset = 0;
    while (offset < bytes.length) {
      if (options.hasEnded()) {
        return {
          ok: false,
          error: { code: 'disconnected', message: 'link ended' },
        };
      }
      if (timedOut) {
        const message = `wrote ${offset} of ${bytes.length} bytes in time`;
        return { ok: false, error: { code: 'timeout', message } };
      }
      try {
        const { bytesWritten } = await handle.write(bytes, offset);
        offset += bytesWritten;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!NOTHING_YET.has(code)) {
          return {
            ok: false,
            error: { code: 'io', message: (error as Error).message },
          };
        }
        await pause();
      }
    }
    return { ok: true };
  } finally {
    cancel();
  }
}
