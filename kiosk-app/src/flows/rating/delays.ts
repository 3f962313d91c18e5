/** Timers of the rating flow, in milliseconds. */
export const RATING_DELAYS = {
  /** The thank-you screen stays this long before the flow ends. */
  RATING_THANKS: 5_000,
} as const;
