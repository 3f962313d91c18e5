/** Named delays of the sync loop, in milliseconds. */
export const SYNC_DELAYS = {
  /** First retry waits up to this long. */
  retryBase: 1_000,
  /** No retry waits longer than this. */
  retryCap: 5 * 60_000,
  /** How long central has to acknowledge one delivery. */
  ackTimeout: 15_000,
  /** A resident waits at the screen: central answers a lookup or not. */
  lookupTimeout: 3_000,
  heartbeat: 10_000,
} as const;

/**
 * Exponential backoff with full jitter: a random wait between zero and the
 * capped exponential, so a fleet coming back online does not retry in step.
 */
export function fullJitter(
  attempt: number,
  random: () => number = Math.random,
  base: number = SYNC_DELAYS.retryBase,
  cap: number = SYNC_DELAYS.retryCap,
): number {
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
