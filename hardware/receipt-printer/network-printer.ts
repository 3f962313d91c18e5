import type { Socket } from 'node:net';
import { connect } from 'node:net';
import type { PrinterStatus, Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { StatusRequest } from './status';
import {
  STATUS_REQUESTS,
  statusFromReplies,
  statusRequestBytes,
} from './status';
import { StatusStream } from './status-stream';
import type {
  PrinterError,
  PrinterStatusListener,
  ReceiptPrinter,
} from './types';
import { printerError } from './types';

export interface NetworkPrinterOptions {
  readonly host: string;
  /** Raw TCP printing port; 9100 unless the printer is set otherwise. */
  readonly port?: number;
  /** For each connect, status reply and job write. */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

export const NETWORK_PRINTER_DEFAULTS = { port: 9100, timeoutMs: 2000 };

type Outcome<T> = Result<T, PrinterError>;

const lost = () => err(printerError('disconnected', 'Connection closed'));

/**
 * A receipt printer on raw TCP (port 9100). One request is in flight at a
 * time: status queries and jobs wait in a queue. A reply that does not come
 * in time fails the request with `timeout` and drops the connection, so
 * that a late reply cannot be taken for the answer to the next request.
 * The next call connects again.
 */
class NetworkPrinter implements ReceiptPrinter {
  readonly #host: string;
  readonly #port: number;
  readonly #timeoutMs: number;
  readonly #now: () => Date;
  readonly #listeners = new Set<PrinterStatusListener>();
  #queue: Promise<unknown> = Promise.resolve();
  #socket: Socket | undefined;
  #onReply: ((byte: number) => void) | undefined;
  #onClose = new Set<() => void>();
  #lastState: PrinterStatus['state'] | undefined;
  #closed = false;

  constructor(options: NetworkPrinterOptions) {
    this.#host = options.host;
    this.#port = options.port ?? NETWORK_PRINTER_DEFAULTS.port;
    this.#timeoutMs = options.timeoutMs ?? NETWORK_PRINTER_DEFAULTS.timeoutMs;
    this.#now = options.now ?? (() => new Date());
  }

  status(): Promise<Outcome<PrinterStatus>> {
    return this.#enqueue(() => this.#queryStatus());
  }

  print(job: Uint8Array): Promise<Outcome<void>> {
    return this.#enqueue(async () => {
      const status = await this.#queryStatus();
      if (!status.ok) return status;
      const refusal = refusalFor(status.value);
      if (refusal !== undefined) return err(refusal);
      return this.#write(job);
    });
  }

  onStatus(listener: PrinterStatusListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    const socket = this.#socket;
    if (socket === undefined) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.destroy();
    });
  }

  #enqueue<T>(task: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const run = this.#queue.then(() =>
      this.#closed
        ? err(printerError('disconnected', 'Printer closed'))
        : task(),
    );
    // A bug that throws fails its own call, not every call queued after it.
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #queryStatus(): Promise<Outcome<PrinterStatus>> {
    const replies: number[] = [];
    for (const n of STATUS_REQUESTS) {
      const reply = await this.#request(n);
      if (!reply.ok) return reply;
      replies.push(reply.value);
    }
    const status = statusFromReplies(replies, this.#now());
    if (status.ok) this.#publish(status.value);
    return status;
  }

  async #request(n: StatusRequest): Promise<Outcome<number>> {
    const socket = await this.#connected();
    if (!socket.ok) return socket;
    return this.#await<number>(`DLE EOT ${String(n)}`, (settle) => {
      this.#onReply = (byte) => settle(ok(byte));
      socket.value.write(statusRequestBytes(n));
      return () => (this.#onReply = undefined);
    });
  }

  async #write(job: Uint8Array): Promise<Outcome<void>> {
    const socket = await this.#connected();
    if (!socket.ok) return socket;
    return this.#await<undefined>('job', (settle) => {
      socket.value.write(job, (error) => {
        settle(error === undefined || error === null ? ok(undefined) : lost());
      });
      return () => undefined;
    });
  }

  async #connected(): Promise<Outcome<Socket>> {
    const current = this.#socket;
    if (current !== undefined && !current.destroyed) return ok(current);

    const socket = connect({ host: this.#host, port: this.#port });
    this.#socket = socket;
    const stream = new StatusStream();
    socket.on('data', (chunk: Buffer) => {
      if (this.#socket !== socket) return;
      // ASB blocks and noise are dropped: status is asked for, not pushed.
      for (const event of stream.push(chunk)) {
        if (event.kind === 'reply') this.#onReply?.(event.byte);
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      // A socket dropped after a timeout may close while its successor is
      // already in use; only the current one fails the waiting request.
      if (this.#socket !== socket) return;
      this.#socket = undefined;
      this.#onClose.forEach((fail) => fail());
      this.#publish({ state: 'disconnected', at: this.#now().toISOString() });
    });

    return this.#await<Socket>('connect', (settle) => {
      const done = () => settle(ok(socket));
      socket.once('connect', done);
      return () => socket.off('connect', done);
    });
  }

  /**
   * Waits for `start` to settle, for the connection to close, or for the
   * timeout, whichever comes first. A timeout also drops the connection.
   */
  #await<T>(
    what: string,
    start: (settle: (outcome: Outcome<T>) => void) => () => void,
  ): Promise<Outcome<T>> {
    return new Promise((resolve) => {
      let settled = false;
      let cleanup: () => void = () => undefined;
      const settle = (outcome: Outcome<T>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#onClose.delete(onClose);
        cleanup();
        resolve(outcome);
      };
      const onClose = () => settle(lost());
      const timer = setTimeout(() => {
        settle(err(printerError('timeout', `No answer to ${what}`)));
        const socket = this.#socket;
        this.#socket = undefined;
        socket?.destroy();
        this.#publish({ state: 'disconnected', at: this.#now().toISOString() });
      }, this.#timeoutMs);
      this.#onClose.add(onClose);
      cleanup = start(settle);
    });
  }

  #publish(status: PrinterStatus): void {
    if (status.state === this.#lastState) return;
    this.#lastState = status.state;
    this.#listeners.forEach((listener) => listener(status));
  }
}

/** Why a printer in this state must not be sent a job, if it must not. */
function refusalFor(status: PrinterStatus): PrinterError | undefined {
  switch (status.state) {
    case 'ready':
    case 'paperNearEnd':
      return undefined;
    case 'paperOut':
      return printerError('paperOut', 'Paper is out');
    case 'coverOpen':
      return printerError('coverOpen', 'Cover is open');
    case 'disconnected':
      return printerError('disconnected', 'Printer is disconnected');
    case 'error':
      return status.detail === 'offline'
        ? printerError('offline', 'Printer is offline')
        : printerError('error', status.detail);
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

export function connectNetworkPrinter(
  options: NetworkPrinterOptions,
): ReceiptPrinter {
  return new NetworkPrinter(options);
}
