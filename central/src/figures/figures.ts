import { hcmcDay, nextDate } from '@motcua/protocol';
import type { SqlDb } from '../store/sql-db';
import type { WardFigures } from '../views';
import type { ServiceStore } from './service-store';

/** How many days the daily series covers, today included. */
export const DAILY_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

interface CaseSumRow {
  ward: string;
  dossiers: number;
  closed: number | null;
  on_time: number | null;
}

/**
 * Per-ward figures: dossiers and how many closed on time (done or
 * returned no later than their due moment), ratings, today's queue
 * tickets, and dossiers per day for the last 14 days, in Ho Chi Minh City
 * dates. Every ward with a kiosk shows, with zeros if nothing happened.
 */
export async function wardFigures(
  db: SqlDb,
  services: ServiceStore,
  knownWards: Iterable<string>,
  now: Date,
): Promise<WardFigures[]> {
  const today = hcmcDay(now).date;
  const days = lastDays(today);
  // From local midnight of the first day, with a day's margin for the
  // time zone; the exact day is decided in JS below.
  const since = new Date(Date.parse(`${days[0]}T00:00:00Z`) - DAY_MS);

  const [sums, recent, ratings, tickets] = await Promise.all([
    db.query<CaseSumRow>(
      `SELECT ward, COUNT(*) AS dossiers,
         SUM(CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END) AS closed,
         SUM(CASE WHEN closed_at IS NOT NULL AND closed_at <= due_at
           THEN 1 ELSE 0 END) AS on_time
       FROM cases GROUP BY ward`,
    ),
    db.query<{ ward: string; received_at: string }>(
      'SELECT ward, received_at FROM cases WHERE received_at >= $1',
      [since.toISOString()],
    ),
    services.ratingSums(),
    services.ticketsOn(today),
  ]);

  const wards = new Set<string>(knownWards);
  for (const row of sums) wards.add(row.ward);
  for (const row of ratings) wards.add(row.ward);
  for (const ward of tickets.keys()) wards.add(ward);
  wards.delete('');

  const daily = new Map<string, Map<string, number>>();
  for (const row of recent) {
    const date = hcmcDay(new Date(row.received_at)).date;
    const perDay = daily.get(row.ward) ?? new Map<string, number>();
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
    daily.set(row.ward, perDay);
  }

  return [...wards]
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((ward): WardFigures => {
      const sum = sums.find((row) => row.ward === ward);
      const rating = ratings.find((row) => row.ward === ward);
      const closed = Number(sum?.closed ?? 0);
      const onTime = Number(sum?.on_time ?? 0);
      const rated = Number(rating?.ratings ?? 0);
      const perDay = daily.get(ward);
      return {
        ward,
        dossiers: Number(sum?.dossiers ?? 0),
        closed,
        onTime,
        onTimeRate: closed === 0 ? null : onTime / closed,
        ratings: rated,
        averageRating:
          rated === 0 ? null : Number(rating?.scoreSum ?? 0) / rated,
        ticketsToday: tickets.get(ward) ?? 0,
        daily: days.map((date) => ({
          date,
          dossiers: perDay?.get(date) ?? 0,
        })),
      };
    });
}

/** The last DAILY_DAYS dates up to `today`, oldest first. */
function lastDays(today: string): string[] {
  const start = new Date(
    Date.parse(`${today}T00:00:00Z`) - (DAILY_DAYS - 1) * DAY_MS,
  );
  const days = [start.toISOString().slice(0, 10)];
  while (days.length < DAILY_DAYS) days.push(nextDate(days.at(-1) ?? today));
  return days;
}
