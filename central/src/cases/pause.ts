import type { WorkingDayCalendar } from '@motcua/protocol';
import {
  dueMoment,
  hcmcDay,
  isWorkingDay,
  nextDate,
  nextWorkingDay,
} from '@motcua/protocol';

/**
 * The processing time does not run while the ward waits for the resident
 * to supply documents (status `moreDocuments`). Rule, counted in whole
 * working days on the published calendar, in Asia/Ho_Chi_Minh: every
 * working day from the day the case entered `moreDocuments` (included) to
 * the day it left it (excluded) is paused. Pausing and resuming on the same
 * day pauses nothing; the day the resident supplies the documents is
 * worked. Days off inside the pause are not counted (they were never
 * working time).
 */
export function pausedWorkingDays(
  pausedAt: Date,
  resumedAt: Date,
  calendar: WorkingDayCalendar,
): number {
  const last = hcmcDay(resumedAt).date;
  let count = 0;
  for (let day = hcmcDay(pausedAt).date; day < last; day = nextDate(day)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/** The due moment moved later by `days` working days (17:00 HCMC). */
export function dueMovedBy(
  dueAt: string,
  days: number,
  calendar: WorkingDayCalendar,
): string {
  let day = hcmcDay(new Date(dueAt)).date;
  for (let moved = 0; moved < days; moved += 1) {
    day = nextWorkingDay(day, calendar);
  }
  return days === 0 ? dueAt : dueMoment(day);
}
