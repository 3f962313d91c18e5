import type { PrinterStatus, Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { ByteLink, LinkResult, LinkState } from '../transport/types';
import { ASB_DEFAULT_MASK, statusFromAsb } from './asb';
import { automaticStatusBack } from './escpos-commands';
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

export interface PrinterOptions {
  /** The printer's byte link. The printer owns it and closes it. */
  readonly link: ByteLink;
  /** For each status reply, and for the link to open on first use. */
  readonly timeoutMs?: number;
  /** `GS a` mask sent whenever the link opens; 0 leaves ASB off. */
  readonly asbMask?: number;
  readonly now?: () => Date;
}

export const PRINTER_DEFAULTS = { timeoutMs: 2000 } as const;

/** A query spoiled by line noise is asked this many times in all. */
const QUERY_ATTEMPTS = 2;

type Outcome<T> = Result<T, PrinterError>;

const disconnected = (message: string) =>
  err(printerError('disconnected', message));

/**
 * ESC/POS over any byte link. One request is in flight at a time: status
 * queries and jobs wait in a queue, and each `DLE EOT n` has its own
 * timeout. Replies are single bytes without a request id, so a byte that
 * arrives while nothing is asked (late, or line noise) is dropped.
 *
 * Noise that arrives while a reply is awaited taints the query: it is
 * asked once more, and a second tainted query fails with `error`.
 *
 * Each time the link opens the driver turns on Automatic Status Back and
 * asks for the status once. An ASB block is not believed on its own: a
 * few noisy bytes can look like one, so a block that differs from the
 * last known state triggers a `DLE EOT` query, whose answer is published.
 */
class LinkPrinter implements ReceiptPrinter {
  readonly #link: ByteLink;
  readonly #timeoutMs: number;
  readonly #asbMask: number;
  readonly #now: () => Date;
  readonly #listeners = new Set<PrinterStatusListener>();
  readonly #stream = new StatusStream();
  readonly #unsubscribe: (() => void)[];
  #queue: Promise<unknown> = Promise.resolve();
  #onReply: ((byte: number) => void) | undefined;
  #onLinkDown = new Set<() => void>();
  #last: PrinterStatus | undefined;
  #confirmQueued = false;
  #closed = false;
  /** Noise bytes seen while a reply was awaited, in this query. */
  #taint = 0;

  constructor(options: PrinterOptions) {
    this.#link = options.link;
    this.#timeoutMs = options.timeoutMs ?? PRINTER_DEFAULTS.timeoutMs;
    this.#asbMask = options.asbMask ?? ASB_DEFAULT_MASK;
    this.#now = options.now ?? (() => new Date());
    this.#unsubscribe = [
      this.#link.onData((chunk) => this.#receive(chunk)),
      this.#link.onState((state) => this.#linkChanged(state)),
    ];
    if (this.#link.state().state === 'open') this.#greet();
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
      return this.#write(job, 'job');
    });
  }

  onStatus(listener: PrinterStatusListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#unsubscribe.forEach((stop) => stop());
    this.#onLinkDown.forEach((fail) => fail());
    await this.#link.close();
  }

  #enqueue<T>(task: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const run = this.#queue.then(() =>
      this.#closed ? disconnected('Printer closed') : task(),
    );
    // A bug that throws fails its own call, not every call queued after it.
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #receive(chunk: Uint8Array): void {
    for (const event of this.#stream.push(chunk)) {
      switch (event.kind) {
        case 'reply':
          this.#onReply?.(event.byte);
          break;
        case 'asb':
          this.#asbArrived(event.bytes);
          break;
        case 'noise':
          if (this.#onReply !== undefined && event.held !== true) {
            this.#taint++;
          }
          break;
        default: {
          const unknown: never = event;
          return unknown;
        }
      }
    }
  }

  #asbArrived(block: Uint8Array): void {
    const status = statusFromAsb(block, this.#now());
    if (!status.ok || status.value.state === this.#last?.state) return;
    this.#confirm();
  }

  /** Queues one status query unless one is already waiting. */
  #confirm(): void {
    if (this.#confirmQueued || this.#closed) return;
    this.#confirmQueued = true;
    void this.#enqueue(() => {
      this.#confirmQueued = false;
      return this.#queryStatus();
    });
  }

  #linkChanged(state: LinkState): void {
    if (state.state === 'open') {
      this.#stream.reset();
      this.#greet();
      return;
    }
    if (state.state === 'lost' || state.state === 'closed') {
      this.#onLinkDown.forEach((fail) => fail());
      this.#publish({ state: 'disconnected', at: this.#now().toISOString() });
    }
  }

  /** On every (re)open: ASB on, then one status query to start from. */
  #greet(): void {
    if (this.#asbMask !== 0) {
      const bytes = Uint8Array.from(automaticStatusBack(this.#asbMask));
      void this.#enqueue(() => this.#write(bytes, 'GS a'));
    }
    this.#confirm();
  }

  async #queryStatus(): Promise<Outcome<PrinterStatus>> {
    for (let attempt = 0; attempt < QUERY_ATTEMPTS; attempt++) {
      this.#taint = 0;
      const replies: number[] = [];
      for (const n of STATUS_REQUESTS) {
        const reply = await this.#request(n);
        if (!reply.ok) return reply;
        replies.push(reply.value);
      }
      if (this.#taint > 0) continue;

      const status = statusFromReplies(replies, this.#now());
      if (status.ok) this.#publish(status.value);
      return status;
    }
    return err(printerError('error', 'Line noise during every status query'));
  }

  async #request(n: StatusRequest): Promise<Outcome<number>> {
    const open = await this.#whenOpen();
    if (!open.ok) return open;
    return this.#await<number>(`DLE EOT ${String(n)}`, (settle) => {
      this.#onReply = (byte) => settle(ok(byte));
      void this.#link.write(statusRequestBytes(n)).then((written) => {
        if (!written.ok) settle(linkFailure(written));
      });
      return () => (this.#onReply = undefined);
    });
  }

  async #write(bytes: Uint8Array, what: string): Promise<Outcome<void>> {
    const open = await this.#whenOpen();
    if (!open.ok) return open;
    const written = await this.#link.write(bytes);
    if (written.ok) return ok(undefined);
    const failure = linkFailure(written);
    return err({
      ...failure.error,
      message: `${what}: ${failure.error.message}`,
    });
  }

  /**
   * Open now: go. Still connecting: wait for it, up to the timeout. Lost
   * or closed: fail at once; the status listeners hear when it is back.
   */
  async #whenOpen(): Promise<Outcome<true>> {
    const now = this.#link.state();
    if (now.state === 'open') return ok(true);
    if (now.state !== 'connecting') {
      return disconnected(`Link ${this.#link.description} is ${now.state}`);
    }
    return this.#await<true>('link to open', (settle) =>
      this.#link.onState((next) => {
        if (next.state === 'open') settle(ok(true));
        else if (next.state !== 'connecting') {
          settle(
            disconnected(`Link ${this.#link.description} is ${next.state}`),
          );
        }
      }),
    );
  }

  /** Waits for `start` to settle, for the link to go down, or the timeout. */
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
        this.#onLinkDown.delete(onDown);
        cleanup();
        resolve(outcome);
      };
      const onDown = () => settle(disconnected('Link went down'));
      const timer = setTimeout(
        () => settle(err(printerError('timeout', `No answer to ${what}`))),
        this.#timeoutMs,
      );
      this.#onLinkDown.add(onDown);
      cleanup = start(settle);
    });
  }

  #publish(status: PrinterStatus): void {
    if (status.state === this.#last?.state) return;
    this.#last = status;
    this.#listeners.forEach((listener) => listener(status));
  }
}

function linkFailure(result: Extract<LinkResult, { ok: false }>): {
  ok: false;
  error: PrinterError;
} {
  const { code, message } = result.error;
  switch (code) {
    case 'disconnected':
      return err(printerError('disconnected', message));
    case 'timeout':
      return err(printerError('timeout', message));
    case 'io':
      return err(printerError('error', message));
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

/** Why a printer in this state must not be sent a job, if it must not. */
export function refusalFor(status: PrinterStatus): PrinterError | undefined {
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

/** A receipt printer on any byte link: serial, TCP 9100 or `/dev/usb/lp*`. */
export function connectPrinter(options: PrinterOptions): ReceiptPrinter {
  return new LinkPrinter(options);
}
