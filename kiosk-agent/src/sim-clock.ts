/**
 * The clock of the residents' requests. In simulator mode
 * `MOTCUA_SIM_CLOCK` (an ISO instant) starts it at that moment and lets it
 * run from there, so end-to-end tests of office-hours rules (walk-in
 * numbers, appointment days) do not depend on when they run. Outside
 * simulator mode, or unset, it is the real clock.
 */
export function agentClock(
  simulator: boolean,
  start: string | undefined,
  real: () => number = Date.now,
): () => Date {
  if (!simulator || start === undefined || start === '') {
    return () => new Date(real());
  }
  const startAt = Date.parse(start);
  if (Number.isNaN(startAt)) {
    throw new Error(`MOTCUA_SIM_CLOCK is not an ISO instant: ${start}`);
  }
  const bootedAt = real();
  return () => new Date(startAt + (real() - bootedAt));
}
