/**
 * Every timer of the flow, in milliseconds. Named so that tests, the
 * screens and assisted mode use the same numbers. ux.md: ask after 60–90 s
 * without input, then count down at least 20 s (Visa's VGAR uses 30 s).
 */
export const DELAYS = {
  /** No tap for this long: ask "are you still there?". */
  IDLE_WARNING: 90_000,
  /** The question stays this long; then the session ends. */
  IDLE_EXPIRY: 30_000,
  /** The thank-you screen after the slip, before the attract screen. */
  FAREWELL: 6_000,
} as const;

export type DelayName = keyof typeof DELAYS;

/**
 * The same delays stretched by `scale` (assisted mode), for
 * `machine.provide({ delays })`. Each is read when its timer starts, so a
 * change applies from the next tap on.
 */
export function scaledDelays(
  scale: () => number,
): Record<DelayName, () => number> {
  return {
    IDLE_WARNING: () => DELAYS.IDLE_WARNING * scale(),
    IDLE_EXPIRY: () => DELAYS.IDLE_EXPIRY * scale(),
    FAREWELL: () => DELAYS.FAREWELL * scale(),
  };
}
