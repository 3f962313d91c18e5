/**
 * Return dates count working days from a calendar held as data: weekends
 * and days off are skipped, make-up Saturdays count. Times are read in Ho Chi
 * Minh City (UTC+7, no daylight saving).
 */

export interface WorkingDayCalendar {
  readonly version: string;
  /** Weekdays that are not worked, `YYYY-MM-DD`. */
  readonly daysOff: readonly string[];
  /** Saturdays that are worked instead, `YYYY-MM-DD`. */
  readonly workingSaturdays: readonly string[];
}

const HCMC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Same-day procedures received at or after this hour count from tomorrow. */
export const SAME_DAY_CUTOFF_HOUR = 15;

/** The calendar date and hour in Ho Chi Minh City of an instant. */
export function localDay(at: Date): { date: string; hour: number } {
  const shifted = new Date(at.getTime() + HCMC_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    hour: shifted.getUTCHours(),
  };
}

export function isWorkingDay(
  date: string,
  calendar: WorkingDayCalendar,
): boolean {
  if (calendar.workingSaturdays.includes(date)) return true;
  if (calendar.daysOff.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextDate(date: string): string {
  const next = new Date(new Date(`${date}T00:00:00Z`).getTime() + DAY_MS);
  return next.toISOString().slice(0, 10);
}

function nextWorkingDay(date: string, calendar: WorkingDayCalendar): string {
  let day = nextDate(date);
  while (!isWorkingDay(day, calendar)) day = nextDate(day);
  return day;
}

/**
 * The date results are due for a dossier received at `receivedAt` whose
 * procedure takes `processingDays` working days (0 = same day).
 */
export function returnDate(
  receivedAt: Date,
  processingDays: number,
  calendar: WorkingDayCalendar,
): string {
  const { date, hour } = localDay(receivedAt);

  // The day counting starts from: today if it is worked (and, for same-day
  // procedures, before the cut-off), otherwise the next working day.
  const lateForSameDay = processingDays === 0 && hour >= SAME_DAY_CUTOFF_HOUR;
  let day =
    isWorkingDay(date, calendar) && !lateForSameDay
      ? date
      : nextWorkingDay(date, calendar);

  for (let counted = 0; counted < processingDays; counted += 1) {
    day = nextWorkingDay(day, calendar);
  }
  return day;
}
