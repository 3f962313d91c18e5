/**
 * Every timer of the flow, in milliseconds. Named so that tests and the
 * accessibility mode (TODO: a mode that multiplies these by 10) use the same
 * numbers the screens show.
 */
export const DELAYS = {
  /** No tap for this long: ask "are you still there?". */
  IDLE_WARNING: 90_000,
  /** The question stays this long; then the session ends. */
  IDLE_EXPIRY: 30_000,
  /** The thank-you screen after the slip, before the attract screen. */
  FAREWELL: 6_000,
} as const;
