import type { DecodedEscPos } from '../escpos-decoder';
import { decodeEscPos, findCutEnds } from '../escpos-decoder';
import type { StatusRequest } from '../status';
import { RealTimeFilter } from './realtime-filter';
import type { VirtualCondition } from './status-bytes';
import { asbBlockFor, canPrint, replyFor } from './status-bytes';

export interface VirtualPrinterJob {
  readonly bytes: Uint8Array;
  readonly decoded: DecodedEscPos;
  readonly at: Date;
}

export type JobListener = (job: VirtualPrinterJob) => void;

export const MAX_JOBS = 50;

/** One host connected to the printer: how to answer it, and its input. */
export interface Connection {
  receive(chunk: Uint8Array): void;
  disconnect(): void;
}

export interface CoreOptions {
  readonly now: () => Date;
  /** Bytes sent right after each status reply: line noise for tests. */
  readonly noise?: () => Uint8Array;
}

const GS = 0x1d;
const ASB_COMMAND = 0x61;
const DLE = 0x10;
const EOT = 0x04;

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * What a printer does with bytes, whatever the wire: answers `DLE EOT n`
 * at once (leaving the bytes in the data, where the decoder skips them),
 * runs `GS a n` (Automatic Status Back) when it reaches the front of the
 * buffer, and cuts the rest into jobs. Jobs sent while the paper is
 * out or the cover is open wait in the buffer and print once it clears.
 */
export function createPrinterCore(options: CoreOptions) {
  const senders = new Set<(bytes: Uint8Array) => void>();
  const listeners = new Set<JobListener>();
  const printed: VirtualPrinterJob[] = [];
  let condition: VirtualCondition = 'ready';
  let asbMask = 0;
  let buffer: Uint8Array = new Uint8Array(0);

  const broadcast = (bytes: Uint8Array) => senders.forEach((s) => s(bytes));

  /**
   * Commands between jobs: `GS a n` is run, and `DLE EOT n`, already
   * answered on arrival, is dropped, so that a job starts at its own
   * first byte.
   */
  function runLeadingSettings(): void {
    while (buffer.length >= 3) {
      const [first, second, n = 0] = buffer;
      if (first === GS && second === ASB_COMMAND) {
        asbMask = n;
        // Like a real printer, it reports its state once when enabled.
        if (asbMask !== 0) broadcast(asbBlockFor(condition));
      } else if (!(first === DLE && second === EOT)) {
        return;
      }
      buffer = buffer.slice(3);
    }
  }

  function process(): void {
    runLeadingSettings();
    if (!canPrint(condition)) return;
    let start = 0;
    for (const end of findCutEnds(buffer)) {
      const bytes = buffer.slice(start, end);
      const job = { bytes, decoded: decodeEscPos(bytes), at: options.now() };
      printed.push(job);
      if (printed.length > MAX_JOBS) printed.shift();
      listeners.forEach((listener) => listener(job));
      start = end;
    }
    buffer = buffer.slice(start);
    if (start > 0) runLeadingSettings();
  }

  return {
    get condition() {
      return condition;
    },
    get asbMask() {
      return asbMask;
    },
    setCondition(next: VirtualCondition): void {
      const changed = next !== condition;
      condition = next;
      if (changed && asbMask !== 0) broadcast(asbBlockFor(condition));
      process();
    },
    connect(send: (bytes: Uint8Array) => void): Connection {
      const filter = new RealTimeFilter();
      senders.add(send);
      return {
        receive(chunk) {
          // A printer answers `DLE EOT n` wherever it appears, even inside
          // image data, and the bytes stay in the data all the same.
          const { requests } = filter.push(chunk);
          for (const n of requests) {
            // Noise goes out with the reply, as a glitch right after it.
            const reply = Uint8Array.of(
              replyFor(condition, n as StatusRequest),
            );
            const noise = options.noise?.() ?? new Uint8Array(0);
            send(noise.length === 0 ? reply : joined(reply, noise));
          }
          if (chunk.length === 0) return;
          buffer = joined(buffer, chunk);
          process();
        },
        disconnect: () => senders.delete(send),
      };
    },
    jobs: () => [...printed],
    onJob(listener: JobListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type PrinterCore = ReturnType<typeof createPrinterCore>;
