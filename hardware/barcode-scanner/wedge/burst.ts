/**
 * Tells a keyboard-wedge scanner from a person by keystroke timing. Pure
 * and browser-safe: no Node imports here, the kiosk page runs this file.
 */

/** One keydown: `KeyboardEvent.key` and `KeyboardEvent.timeStamp`. */
export interface WedgeKey {
  readonly key: string;
  readonly at: number;
}

export type WedgeOutput =
  /** A scanner burst: `data` is its characters; `keys` all it consumed. */
  | {
      readonly kind: 'scan';
      readonly data: string;
      readonly keys: readonly WedgeKey[];
    }
  /** Keys a person typed, in order, for the app to apply as usual. */
  | { readonly kind: 'typed'; readonly keys: readonly WedgeKey[] };

export interface WedgeThresholds {
  /** A burst is a scan when its keys come this fast on average, or faster. */
  readonly maxAverageIntervalMs: number;
  /** Fewer characters than this is typing, however fast. */
  readonly minLength: number;
  /** Silence that ends a burst (a scanner without an Enter suffix). */
  readonly gapMs: number;
  /** Keys that end a scan and belong to it, not to the page. */
  readonly endKeys: readonly string[];
}

/** The timings scanner-detection scripts settled on for browsers. */
export const wedgeDefaults: WedgeThresholds = {
  maxAverageIntervalMs: 30,
  minLength: 6,
  gapMs: 100,
  endKeys: ['Enter'],
};

/** Keys a scanner presses along with characters: kept, never timed. */
const MODIFIERS = new Set(['Shift', 'CapsLock', 'AltGraph']);

export interface WedgeBurstDetector {
  /** Takes one key; returns what it completed (often nothing yet). */
  push(key: WedgeKey): WedgeOutput[];
  /** Ends the current burst now; the caller saw `gapMs` of silence. */
  flush(): WedgeOutput[];
  /** Keys held back while a burst is open. */
  readonly holding: number;
}

/**
 * Holds keys while they come fast, then releases them as one scan or as
 * typed keys. Every key comes out exactly once and in order.
 */
export function createWedgeBurstDetector(
  thresholds: Partial<WedgeThresholds> = {},
): WedgeBurstDetector {
  const t: WedgeThresholds = { ...wedgeDefaults, ...thresholds };
  const endKeys = new Set(t.endKeys);
  let burst: WedgeKey[] = [];
  let lastTimed: number | undefined;

  function close(terminator?: WedgeKey): WedgeOutput[] {
    const keys = terminator ? [...burst, terminator] : burst;
    burst = [];
    lastTimed = undefined;
    if (keys.length === 0) return [];

    const chars = keys.filter(isCharacter);
    const timed = keys.filter((k) => !MODIFIERS.has(k.key));
    const first = timed[0];
    const last = timed[timed.length - 1];
    const average =
      first && last && timed.length > 1
        ? (last.at - first.at) / (timed.length - 1)
        : Number.NaN;

    // NaN (one key, or timestamps that are not numbers) is never fast.
    if (chars.length >= t.minLength && average <= t.maxAverageIntervalMs) {
      const data = chars
        .map((k) => k.key)
        .join('')
        .normalize('NFC');
      return [{ kind: 'scan', data, keys }];
    }
    return [{ kind: 'typed', keys }];
  }

  return {
    push(key) {
      const out: WedgeOutput[] = [];

      // A pause longer than gapMs ends the burst before this key.
      if (lastTimed !== undefined && !(key.at - lastTimed <= t.gapMs)) {
        out.push(...close());
      }

      if (endKeys.has(key.key)) {
        out.push(...close(key));
      } else if (isCharacter(key) || MODIFIERS.has(key.key)) {
        burst.push(key);
        if (!MODIFIERS.has(key.key)) lastTimed = key.at;
      } else {
        // Backspace, arrows, Tab and the like: a person is at the keys.
        out.push(...close());
        out.push({ kind: 'typed', keys: [key] });
      }
      return out;
    },

    flush: () => close(),

    get holding() {
      return burst.length;
    },
  };
}

function isCharacter(key: WedgeKey): boolean {
  // `key` is one character for printable keys, a name ("Enter") otherwise.
  const [first, ...rest] = key.key;
  return first !== undefined && rest.length === 0;
}
