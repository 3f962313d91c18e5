import type { WardFigures } from '../../src/views';

/** Rounds the top of the scale up to 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** Dossiers per day of the chosen ward (or all), summed by date. */
export function dailyTotals(
  wards: readonly WardFigures[],
  ward: string,
): { date: string; dossiers: number }[] {
  const totals = new Map<string, number>();
  for (const figures of wards) {
    if (ward !== '' && figures.ward !== ward) continue;
    for (const day of figures.daily) {
      totals.set(day.date, (totals.get(day.date) ?? 0) + day.dossiers);
    }
  }
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, dossiers]) => ({ date, dossiers }));
}
