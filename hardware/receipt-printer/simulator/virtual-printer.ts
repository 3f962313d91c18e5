import type { Server, Socket } from 'node:net';
import { createServer } from 'node:net';
import type { DecodedEscPos } from '../escpos-decoder';
import { decodeEscPos, findCutEnds } from '../escpos-decoder';
import type { StatusRequest } from '../status';
import { RealTimeFilter } from './realtime-filter';
import type { VirtualCondition } from './status-bytes';
import { canPrint, replyFor } from './status-bytes';

export type { VirtualCondition } from './status-bytes';

export interface VirtualPrinterJob {
  readonly bytes: Uint8Array;
  readonly decoded: DecodedEscPos;
  readonly at: Date;
}

export type JobListener = (job: VirtualPrinterJob) => void;

export interface VirtualPrinter {
  readonly port: number;
  /** `tcp://host:port`, for logs and the dev panel. */
  readonly url: string;
  readonly condition: VirtualCondition;
  setCondition(condition: VirtualCondition): void;
  /** Printed jobs, oldest first; only the last `MAX_JOBS` are kept. */
  jobs(): VirtualPrinterJob[];
  onJob(listener: JobListener): () => void;
  close(): Promise<void>;
}

export interface VirtualPrinterOptions {
  readonly host?: string;
  readonly port?: number;
  readonly now?: () => Date;
}

export const MAX_JOBS = 50;

/**
 * A TCP 9100 printer in memory: answers `DLE EOT n` for its condition, and
 * cuts the bytes it receives into jobs. Jobs sent while the paper is out or
 * the cover is open wait in the buffer, as on a real printer, and print
 * once the condition clears.
 */
export async function startVirtualPrinter(
  options: VirtualPrinterOptions = {},
): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  const sockets = new Set<Socket>();
  const listeners = new Set<JobListener>();
  const printed: VirtualPrinterJob[] = [];
  let condition: VirtualCondition = 'ready';
  let buffer = new Uint8Array(0);

  function printBuffered(): void {
    if (!canPrint(condition)) return;
    let start = 0;
    for (const end of findCutEnds(buffer)) {
      const bytes = buffer.slice(start, end);
      const job = { bytes, decoded: decodeEscPos(bytes), at: now() };
      printed.push(job);
      if (printed.length > MAX_JOBS) printed.shift();
      listeners.forEach((listener) => listener(job));
      start = end;
    }
    buffer = buffer.slice(start);
  }

  function receive(socket: Socket, filter: RealTimeFilter, chunk: Buffer) {
    const { data, requests } = filter.push(chunk);
    for (const n of requests) {
      socket.write(Uint8Array.of(replyFor(condition, n as StatusRequest)));
    }
    if (data.length === 0) return;

    const joined = new Uint8Array(buffer.length + data.length);
    joined.set(buffer);
    joined.set(data, buffer.length);
    buffer = joined;
    printBuffered();
  }

  const server: Server = createServer((socket) => {
    const filter = new RealTimeFilter();
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => receive(socket, filter, chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port =
    typeof address === 'object' && address !== null ? address.port : 0;

  return {
    port,
    url: `tcp://${host}:${String(port)}`,
    get condition() {
      return condition;
    },
    setCondition(next) {
      condition = next;
      printBuffered();
    },
    jobs: () => [...printed],
    onJob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
