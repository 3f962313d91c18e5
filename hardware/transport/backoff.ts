/** How long to wait between reconnect attempts. */
export interface BackoffOptions {
  /** Upper bound of the first delay. */
  readonly baseMs: number;
  /** No delay is ever longer than this. */
  readonly capMs: number;
}

export const DEFAULT_RECONNECT: BackoffOptions = { baseMs: 250, capMs: 10_000 };

/**
 * Exponential backoff with full jitter: a uniform pick between zero and
 * `min(cap, base * 2^attempt)`. Jitter keeps a row of kiosks that lost
 * power together from hammering a shared printer or server in step.
 */
export function fullJitterDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
