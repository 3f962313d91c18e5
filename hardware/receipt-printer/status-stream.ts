import { ASB_LENGTH, isAsbFollower } from './asb';
import { isAsbHeader, isRealTimeReply } from './status';

export type StatusEvent =
  | { readonly kind: 'reply'; readonly byte: number }
  | { readonly kind: 'asb'; readonly bytes: Uint8Array }
  /** `held`: it arrived earlier, as the start of a block that broke off. */
  | { readonly kind: 'noise'; readonly byte: number; readonly held?: true };

/**
 * Splits what a printer sends back into real-time replies, Automatic Status
 * Back blocks (4 bytes, pushed unasked) and noise. Chunks may cut an ASB
 * block anywhere; the rest is kept for the next chunk. A started block
 * whose next byte cannot belong to it (bit 4 or 7 set) was noise: its bytes
 * are reported as such and the byte is read afresh, so a reply right after
 * a stray header byte is not lost.
 */
export class StatusStream {
  #pending: number[] = [];

  push(chunk: Uint8Array): StatusEvent[] {
    const events: StatusEvent[] = [];
    for (const byte of chunk) this.#take(byte, events);
    return events;
  }

  reset(): void {
    this.#pending = [];
  }

  #take(byte: number, events: StatusEvent[]): void {
    if (this.#pending.length > 0) {
      if (isAsbFollower(byte)) {
        this.#pending.push(byte);
        if (this.#pending.length === ASB_LENGTH) {
          events.push({ kind: 'asb', bytes: Uint8Array.from(this.#pending) });
          this.#pending = [];
        }
        return;
      }
      for (const stray of this.#pending) {
        events.push({ kind: 'noise', byte: stray, held: true });
      }
      this.#pending = [];
    }

    if (isRealTimeReply(byte)) {
      events.push({ kind: 'reply', byte });
    } else if (isAsbHeader(byte)) {
      this.#pending.push(byte);
    } else {
      events.push({ kind: 'noise', byte });
    }
  }
}
