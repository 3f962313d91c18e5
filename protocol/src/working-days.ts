import type { CalendarData } from './sync';

/**
 * The working-day rule that the kiosk prints on the slip and central
 * watches deadlines by: days are counted on the calendar central publishes
 * (public holidays, compensatory days off, make-up Saturdays), read in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving). Pure: no clock, no I/O.
 */

const HCMC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Same-day procedures received at or after this hour count from tomorrow. */
export const SAME_DAY_CUTOFF_HOUR = 15;

/** Results are due at this hour (Asia/Ho_Chi_Minh) of the return date. */
export const DUE_HOUR = 17;

/** What the rule reads of a calendar: its days off and worked Saturdays. */
export type WorkingDayCalendar = Pick<
  CalendarData,
  'daysOff' | 'workingSaturdays'
>;

export interface HcmcDay {
  /** `YYYY-MM-DD` in Ho Chi Minh City. */
  readonly date: string;
  /** 0–23. */
  readonly hour: number;
  /** `HH:mm`. */
  readonly time: string;
}

/** The date, hour and clock of an instant in Ho Chi Minh City. */
export function hcmcDay(at: Date): HcmcDay {
  const shifted = new Date(at.getTime() + HCMC_OFFSET_MS).toISOString();
  return {
    date: shifted.slice(0, 10),
    hour: Number(shifted.slice(11, 13)),
    time: shifted.slice(11, 16),
  };
}

/** Whether `date` (`YYYY-MM-DD`) is worked at the ward office. */
export function isWorkingDay(
  date: string,
  calendar: WorkingDayCalendar,
): boolean {
  if (calendar.workingSaturdays.includes(date)) return true;
  if (calendar.daysOff.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The calendar day after `date`. */
export function nextDate(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS);
  return next.toISOString().slice(0, 10);
}

/** The first working day after `date`. */
export function nextWorkingDay(
  date: string,
  calendar: WorkingDayCalendar,
): string {
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
  const { date, hour } = hcmcDay(receivedAt);

  // Counting starts today if today is worked (and, for a same-day
  // procedure, before the cut-off), otherwise on the next working day.
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

/** `DUE_HOUR` (17:00) Asia/Ho_Chi_Minh of `date`, as a UTC ISO instant. */
export function dueMoment(date: string): string {
  const hour = String(DUE_HOUR).padStart(2, '0');
  return new Date(`${date}T${hour}:00:00+07:00`).toISOString();
}
