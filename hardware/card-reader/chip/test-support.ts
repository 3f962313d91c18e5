import type { Result } from '@motcua/protocol';
import type { CardHolder } from './chip-test-data';
import { cardFiles, documentNumber, HOLDER, shortDate } from './chip-test-data';
import { SimulatedCard } from './simulated-card';
import type { ApduTransport, ChipAccess, TransportError } from './types';

/** dd/MM/yyyy → YYYY-MM-DD. */
export function isoOf(date: string): string {
  return `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}`;
}

/** What the kiosk would type in or read from the card's face. */
export function accessOf(holder: CardHolder = HOLDER): ChipAccess {
  return {
    idNumber: holder.idNumber,
    dateOfBirth: isoOf(holder.birth),
    dateOfExpiry: isoOf(holder.expiry),
  };
}

/** A simulated card for `holder`, with its files (changed by `edit`). */
export function simulatedCard(
  holder: CardHolder = HOLDER,
  edit: (files: Map<number, Buffer>) => void = () => undefined,
): SimulatedCard {
  const files = cardFiles(holder);
  edit(files);
  return new SimulatedCard({
    documentNumber: documentNumber(holder),
    birth: shortDate(holder.birth),
    expiry: shortDate(holder.expiry),
    files,
  });
}

/**
 * A transport in front of `inner` whose `index`-th answer (0-based) is
 * replaced by `garble(answer)`: line noise, a truncated frame, a reset.
 */
export function noisyLink(
  inner: ApduTransport,
  index: number,
  garble: (answer: Uint8Array) => Uint8Array,
): ApduTransport & { count(): number } {
  let calls = 0;
  return {
    count: () => calls,
    async transmit(apdu): Promise<Result<Uint8Array, TransportError>> {
      const answer = await inner.transmit(apdu);
      const current = calls;
      calls += 1;
      if (!answer.ok || current !== index) return answer;
      return { ok: true, value: garble(answer.value) };
    },
  };
}

/** Deterministic pseudo-random bytes (xorshift), for repeatable noise. */
export function noise(seed: number): (length: number) => Buffer {
  let state = seed || 1;
  return (length) => {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i += 1) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      out[i] = state & 0xff;
    }
    return out;
  };
}
