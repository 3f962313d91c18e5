import type { Server, Socket } from 'node:net';
import { createServer } from 'node:net';
import type { SerialLinkOptions } from '../../transport';
import { openSerialLink } from '../../transport';
import type { ByteLink } from '../../transport/types';
import type {
  JobListener,
  PrinterCore,
  VirtualPrinterJob,
} from './printer-core';
import { createPrinterCore } from './printer-core';
import type { VirtualCondition } from './status-bytes';

export type { JobListener, VirtualPrinterJob } from './printer-core';
export { MAX_JOBS } from './printer-core';
export type { VirtualCondition } from './status-bytes';

export interface VirtualPrinter {
  /** TCP port; 0 when on a serial port. */
  readonly port: number;
  /** `tcp://host:port` or `serial:/path`, for logs and the dev panel. */
  readonly url: string;
  readonly condition: VirtualCondition;
  /** The `GS a` mask a host last sent; 0 while ASB is off. */
  readonly asbMask: number;
  /** The serial link the printer listens on, when on a serial port. */
  readonly link?: ByteLink;
  setCondition(condition: VirtualCondition): void;
  /** Printed jobs, oldest first; only the last `MAX_JOBS` are kept. */
  jobs(): VirtualPrinterJob[];
  onJob(listener: JobListener): () => void;
  close(): Promise<void>;
}

export interface VirtualPrinterOptions {
  readonly host?: string;
  readonly port?: number;
  /**
   * Listen on this serial port (one end of a socat pty pair) instead of
   * TCP. The port is reopened after an unplug, like the host's side.
   */
  readonly serialPath?: string;
  readonly baudRate?: number;
  /** Reconnect and watchdog settings of the serial link. */
  readonly serialOptions?: Omit<SerialLinkOptions, 'path' | 'baudRate'>;
  readonly now?: () => Date;
  /** Bytes sent right after each status reply: line noise for tests. */
  readonly noise?: () => Uint8Array;
}

/**
 * An ESC/POS printer in memory, on TCP 9100-style loopback or on a serial
 * port: answers `DLE EOT n` for its condition, sends ASB blocks on changes
 * once a host enables them, and keeps what it printed (see `printer-core`).
 */
export async function startVirtualPrinter(
  options: VirtualPrinterOptions = {},
): Promise<VirtualPrinter> {
  const core = createPrinterCore({
    now: options.now ?? (() => new Date()),
    ...(options.noise === undefined ? {} : { noise: options.noise }),
  });
  if (options.serialPath !== undefined) {
    return attachToSerial(core, {
      ...options.serialOptions,
      path: options.serialPath,
      baudRate: options.baudRate ?? 115200,
    });
  }
  return listenOnTcp(core, options.host ?? '127.0.0.1', options.port ?? 0);
}

function facade(
  core: PrinterCore,
  where: { port: number; url: string; link?: ByteLink },
  close: () => Promise<void>,
): VirtualPrinter {
  return {
    ...where,
    get condition() {
      return core.condition;
    },
    get asbMask() {
      return core.asbMask;
    },
    setCondition: (next) => core.setCondition(next),
    jobs: () => core.jobs(),
    onJob: (listener) => core.onJob(listener),
    close,
  };
}

async function listenOnTcp(
  core: PrinterCore,
  host: string,
  requestedPort: number,
): Promise<VirtualPrinter> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    const connection = core.connect((bytes) => socket.write(bytes));
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => connection.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      connection.disconnect();
      sockets.delete(socket);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(requestedPort, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port =
    typeof address === 'object' && address !== null ? address.port : 0;

  return facade(core, { port, url: `tcp://${host}:${String(port)}` }, () => {
    return new Promise<void>((resolve) => {
      sockets.forEach((socket) => socket.destroy());
      server.close(() => resolve());
    });
  });
}

function attachToSerial(
  core: PrinterCore,
  options: SerialLinkOptions,
): VirtualPrinter {
  const link = openSerialLink(options);
  const connection = core.connect((bytes) => void link.write(bytes));
  const stop = link.onData((chunk) => connection.receive(chunk));

  const url = `serial:${options.path}`;
  return facade(core, { port: 0, url, link }, async () => {
    stop();
    connection.disconnect();
    await link.close();
  });
}
