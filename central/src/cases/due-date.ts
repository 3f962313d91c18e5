import type { CalendarData } from '@motcua/protocol';

// The legal due date of a dossier, counted in working days on the calendar
// central publishes. The kiosk prints the same date on the slip: this is
// the rule of kiosk-agent/src/calendar/working-days.ts, which central cannot
// import (the kiosk agent is not one of its dependencies).
// TODO(calendar): move the rule into @motcua/protocol so that both sides
// share one copy; kept twice for now because protocol belongs to everyone.

const HCMC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Same-day procedures received at or after this hour count from tomorrow. */
const SAME_DAY_CUTOFF_HOUR = 15;

/** Results are due at this hour (Asia/Ho_Chi_Minh) of the due date. */
export const DUE_HOUR = 17;

/** The date (`YYYY-MM-DD`) and hour of an instant in Ho Chi Minh City. */
export function hcmcDay(at: Date): { date: string; hour: number } {
  const shifted = new Date(at.getTime() + HCMC_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    hour: shifted.getUTCHours(),
  };
}

export function isWorkingDay(date: string, calendar: CalendarData): boolean {
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

function nextWorkingDay(date: string, calendar: CalendarData): string {
  let day = nextDate(date);
  while (!isWorkingDay(day, calendar)) day = nextDate(day);
  return day;
}

/**
 * The due date of a dossier received at `receivedAt` for a procedure of
 * `processingDays` working days (0 = same day).
 */
export function dueDate(
  receivedAt: Date,
  processingDays: number,
  calendar: CalendarData,
): string {
  const { date, hour } = hcmcDay(receivedAt);
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

/** 17:00 Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of `date`, as UTC. */
export function dueMoment(date: string): string {
  const hour = String(DUE_HOUR).padStart(2, '0');
  return new Date(`${date}T${hour}:00:00+07:00`).toISOString();
}
