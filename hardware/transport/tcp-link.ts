import { createConnection } from 'node:net';
import type { Socket } from 'node:net';
import type {
  Connector,
  OpenAttempt,
  ReconnectOptions,
} from './reconnecting-link';
import { createReconnectingLink } from './reconnecting-link';
import type { Scheduler } from './scheduler';
import { realScheduler } from './scheduler';
import type { ByteLink } from './types';
import { writeWithTimeout } from './write-timeout';

export interface TcpLinkOptions extends ReconnectOptions {
  readonly host: string;
  /** 9100 for most network receipt printers. */
  readonly port: number;
  readonly connectTimeoutMs?: number;
  readonly writeTimeoutMs?: number;
  /** TCP keepalive probes notice a printer that lost power mid-idle. */
  readonly keepAliveMs?: number;
}

export const TCP_LINK_DEFAULTS = {
  connectTimeoutMs: 5_000,
  writeTimeoutMs: 5_000,
  keepAliveMs: 5_000,
} as const;

/** A TCP device (a network printer on port 9100) that reconnects. */
export function openTcpLink(options: TcpLinkOptions): ByteLink {
  return createReconnectingLink(
    `tcp:${options.host}:${options.port}`,
    tcpConnector(options),
    options,
  );
}

function tcpConnector(options: TcpLinkOptions): Connector {
  const scheduler = options.scheduler ?? realScheduler;
  const settings = {
    connectTimeoutMs:
      options.connectTimeoutMs ?? TCP_LINK_DEFAULTS.connectTimeoutMs,
    writeTimeoutMs: options.writeTimeoutMs ?? TCP_LINK_DEFAULTS.writeTimeoutMs,
    keepAliveMs: options.keepAliveMs ?? TCP_LINK_DEFAULTS.keepAliveMs,
  };

  return async (events): Promise<OpenAttempt> => {
    const socket = createConnection({ host: options.host, port: options.port });
    const failure = await connected(
      socket,
      settings.connectTimeoutMs,
      scheduler,
    );
    if (failure !== undefined) {
      socket.destroy();
      return { ok: false, reason: failure };
    }

    socket.setNoDelay(true);
    socket.setKeepAlive(true, settings.keepAliveMs);
    let ended = false;
    const end = (reason: string): void => {
      if (ended) return;
      ended = true;
      socket.destroy();
      events.lost(reason);
    };
    socket.on('data', (chunk: Buffer) => events.data(chunk));
    socket.on('error', (error) => end(error.message));
    socket.on('close', () => end('connection closed by the device'));

    return {
      ok: true,
      session: {
        write: (bytes) =>
          writeWithTimeout(
            (done) => socket.write(bytes, (error) => done(error)),
            settings.writeTimeoutMs,
            scheduler,
            () => ended,
          ),
        async close() {
          ended = true;
          if (socket.destroyed) return;
          const closed = new Promise<void>((resolve) =>
            socket.once('close', () => resolve()),
          );
          socket.destroy();
          await closed;
        },
      },
    };
  };
}

/** Resolves with why the connection failed, or undefined once it is up. */
function connected(
  socket: Socket,
  timeoutMs: number,
  scheduler: Scheduler,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const cancel = scheduler.after(timeoutMs, () =>
      resolve(`no answer within ${timeoutMs} ms`),
    );
    socket.once('connect', () => {
      cancel();
      resolve(undefined);
    });
    socket.once('error', (error) => {
      cancel();
      resolve(error.message);
    });
  });
}
