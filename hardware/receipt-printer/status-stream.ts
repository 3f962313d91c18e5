import { isAsbHeader, isRealTimeReply } from './status';

export type StatusEvent =
  | { readonly kind: 'reply'; readonly byte: number }
  | { readonly kind: 'asb'; readonly bytes: Uint8Array }
  | { readonly kind: 'noise'; readonly byte: number };

const ASB_LENGTH = 4;

/**
 * Splits what a printer sends back into real-time replies, Automatic Status
 * Back blocks (4 bytes, pushed unasked) and noise. Chunks may cut an ASB
 * block anywhere; the rest is kept for the next chunk.
 */
export class StatusStream {
  #pending: number[] = [];

  push(chunk: Uint8Array): StatusEvent[] {
    const events: StatusEvent[] = [];
    for (const byte of chunk) {
      if (this.#pending.length > 0) {
        this.#pending.push(byte);
        if (this.#pending.length === ASB_LENGTH) {
          events.push({ kind: 'asb', bytes: Uint8Array.from(this.#pending) });
          this.#pending = [];
        }
      } else if (isRealTimeReply(byte)) {
        events.push({ kind: 'reply', byte });
      } else if (isAsbHeader(byte)) {
        this.#pending.push(byte);
      } else {
        events.push({ kind: 'noise', byte });
      }
    }
    return events;
  }

  reset(): void {
    this.#pending = [];
  }
}
