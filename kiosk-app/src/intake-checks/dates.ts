import { TIME_ZONE } from '@motcua/locales';

/**
 * Which dates a field accepts. `past`: something that happened (birth,
 * death, issue), from 1/1/1900 up to today. `future`: something planned
 * (an appointment), from today up to `FUTURE_LIMIT_DAYS` ahead.
 */
export type DateRange = 'past' | 'future';

export const EARLIEST_DATE = '1900-01-01';
export const FUTURE_LIMIT_DAYS = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in Ho Chi Minh City as `YYYY-MM-DD`, whatever the host's zone. */
export function todayInHcmc(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year') ?? ''}-${get('month') ?? ''}-${get('day') ?? ''}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isRealDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The error code for a date, or null. ISO dates compare as strings, so no
 * time zone enters once `today` is known.
 */
export function checkDate(
  iso: string,
  range: DateRange,
  today: string,
): string | null {
  if (!isRealDate(iso)) return 'date.invalid';
  switch (range) {
    case 'past':
      if (iso > today) return 'date.future';
      if (iso < EARLIEST_DATE) return 'date.tooOld';
      return null;
    case 'future':
      if (iso < today) return 'date.past';
      if (iso > addDays(today, FUTURE_LIMIT_DAYS)) return 'date.tooFar';
      return null;
  }
}
