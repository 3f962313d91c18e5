import { existsSync, realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { silentLinkLogger } from './link-log';
import type {
  Connector,
  OpenAttempt,
  ReconnectOptions,
} from './reconnecting-link';
import { createReconnectingLink } from './reconnecting-link';
import { realScheduler } from './scheduler';
import { writeWithTimeout } from './write-timeout';
import type { ByteLink } from './types';

export interface SerialLinkOptions extends ReconnectOptions {
  /** A stable path such as `/dev/serial/by-id/usb-…-if00-port0`. */
  readonly path: string;
  readonly baudRate: number;
  /** How often the watchdog checks that the device is still there. */
  readonly watchdogMs?: number;
  readonly writeTimeoutMs?: number;
  /**
   * Awaited after the port opens and before reading starts. Tests use it to
   * take the peer away at the worst moment; production leaves it unset.
   */
  readonly beforeReading?: () => Promise<void>;
}

export const SERIAL_LINK_DEFAULTS = {
  watchdogMs: 1_000,
  writeTimeoutMs: 5_000,
} as const;

/**
 * A serial device that survives unplug and replug: opened by its stable
 * path, reopened with backoff whenever it goes away, until `close()`.
 */
export function openSerialLink(options: SerialLinkOptions): ByteLink {
  return createReconnectingLink(
    `serial:${options.path}`,
    serialConnector(options),
    options,
  );
}

/**
 * Why a watchdog: serialport reports an unplug only while a read is
 * pending. If the other end vanished before the first read, the binding's
 * read gets zero bytes and retries at once, forever: full CPU and no
 * `close` event (reference/hardware.md §2, pitfall 3). So we poll the one
 * cheap thing that always changes on unplug: the stable path disappears,
 * or points at another device node once the device comes back. This
 * never touches the device, so a printer never sees a probe byte. A
 * device that hangs up yet keeps its node is caught by the next write,
 * which fails with EIO and also ends the session.
 */
function deviceGone(path: string, device: string): string | undefined {
  if (!existsSync(path)) return `${path} vanished`;
  try {
    if (realpathSync(path) !== device)
      return `${path} now names another device`;
  } catch {
    return `${path} points nowhere`;
  }
  return undefined;
}

function serialConnector(options: SerialLinkOptions): Connector {
  const scheduler = options.scheduler ?? realScheduler;
  const logger = options.logger ?? silentLinkLogger;
  const watchdogMs = options.watchdogMs ?? SERIAL_LINK_DEFAULTS.watchdogMs;
  const writeTimeoutMs =
    options.writeTimeoutMs ?? SERIAL_LINK_DEFAULTS.writeTimeoutMs;

  return async (events): Promise<OpenAttempt> => {
    let device: string;
    try {
      device = realpathSync(options.path);
    } catch {
      return { ok: false, reason: `${options.path} not present` };
    }

    const port = new SerialPort({
      path: options.path,
      baudRate: options.baudRate,
      autoOpen: false,
    });
    let ended = false;
    let stopWatchdog = (): void => {};

    const end = (reason: string): void => {
      if (ended) return;
      ended = true;
      stopWatchdog();
      if (port.isOpen) port.close(() => {});
      events.lost(reason);
    };
    port.on('error', (error: Error) => end(error.message));

    const opened = await new Promise<Error | null>((resolve) =>
      port.open((error) => resolve(error)),
    );
    if (opened !== null) {
      ended = true;
      return { ok: false, reason: opened.message };
    }

    await options.beforeReading?.();
    port.on('data', (chunk: Buffer) => events.data(chunk));
    port.on('close', (error?: Error & { disconnected?: boolean }) => {
      end(error?.disconnected === true ? 'disconnected' : 'port closed');
    });

    const watch = (): void => {
      stopWatchdog = scheduler.after(watchdogMs, () => {
        const reason = deviceGone(options.path, device);
        if (reason === undefined) return watch();
        logger.log('link-watchdog-fired', 'failure', { reason });
        end(reason);
      });
    };
    watch();

    return {
      ok: true,
      session: {
        async write(bytes) {
          const result = await writeWithTimeout(
            (done) => port.write(Buffer.from(bytes), (error) => done(error)),
            writeTimeoutMs,
            scheduler,
            () => ended,
          );
          if (!result.ok && result.error.code === 'io')
            end(result.error.message);
          return result;
        },
        async close() {
          ended = true;
          stopWatchdog();
          if (!port.isOpen) return;
          await new Promise<void>((resolve) => port.close(() => resolve()));
        },
      },
    };
  };
}
