/** Timers of the rating flow, in milliseconds. */
export const RATING_DELAYS = {
  /** The thank-you screen stays this long before the flow ends. */
  RATING_THANKS: 5_000,
} as const;

export type RatingDelayName = keyof typeof RATING_DELAYS;

/** The same delays stretched by `scale` (assisted mode), read per timer. */
export function scaledRatingDelays(
  scale: () => number,
): Record<RatingDelayName, () => number> {
  return { RATING_THANKS: () => RATING_DELAYS.RATING_THANKS * scale() };
}
