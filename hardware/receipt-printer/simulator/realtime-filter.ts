export interface Filtered {
  /** Job bytes with the real-time requests taken out. */
  readonly data: Uint8Array;
  /** The `n` of each `DLE EOT n` met, in order. */
  readonly requests: number[];
}

const DLE = 0x10;
const EOT = 0x04;

/**
 * Takes `DLE EOT n` (n = 1..4) out of a byte stream. Like a real printer,
 * it acts on them wherever they appear, even inside image data; that is
 * the documented caveat of real-time commands. A request cut across two
 * chunks is held back until its last byte arrives.
 */
export class RealTimeFilter {
  #carry: number[] = [];

  push(chunk: Uint8Array): Filtered {
    const bytes = [...this.#carry, ...chunk];
    this.#carry = [];
    const data: number[] = [];
    const requests: number[] = [];

    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] ?? 0;
      if (byte !== DLE) {
        data.push(byte);
        continue;
      }
      const rest = bytes.length - i;
      const next = bytes[i + 1];
      const n = bytes[i + 2] ?? 0;
      if (rest === 1 || (rest === 2 && next === EOT)) {
        this.#carry = bytes.slice(i);
        break;
      }
      if (next === EOT && n >= 1 && n <= 4) {
        requests.push(n);
        i += 2;
      } else {
        data.push(byte);
      }
    }

    return { data: Uint8Array.from(data), requests };
  }
}
