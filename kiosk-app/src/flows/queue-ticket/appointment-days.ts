import type { QueueSlotsAnswer } from '@motcua/protocol';
import type { AppointmentDay, DaysOutcome } from './types';

/** How many calendar days, from today, the resident can choose from. */
export const APPOINTMENT_DAYS = 10;

const HCMC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today and the following days, `YYYY-MM-DD` in Ho Chi Minh City. */
export function nextDates(now: Date, count = APPOINTMENT_DAYS): string[] {
  const local = new Date(now.getTime() + HCMC_OFFSET_MS);
  const today = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate(),
  );
  return Array.from({ length: count }, (_, index) =>
    new Date(today + index * DAY_MS).toISOString().slice(0, 10),
  );
}

function dayOf(date: string, answer: QueueSlotsAnswer): AppointmentDay {
  if (!answer.ok) return { date, state: 'closed', slots: [] };
  const slots = answer.slots.filter((slot) => slot.free > 0);
  return { date, state: slots.length > 0 ? 'open' : 'full', slots };
}

/** The answers that say a day cannot be booked, rather than a failure. */
const CLOSED_CODES = new Set(['not_working_day', 'past']);

/**
 * Asks the agent for each of the next days' times. A day off or a past day
 * is shown disabled; any other failure fails the whole list, so the
 * resident is never shown a day as closed because one answer was lost.
 */
export async function listAppointmentDays(
  slotsOf: (date: string) => Promise<QueueSlotsAnswer>,
  now: Date,
): Promise<DaysOutcome> {
  const dates = nextDates(now);
  const answers = await Promise.all(dates.map((date) => slotsOf(date)));
  const days: AppointmentDay[] = [];

  for (const [index, answer] of answers.entries()) {
    if (!answer.ok && !CLOSED_CODES.has(answer.error.code)) {
      return { ok: false, error: answer.error };
    }
    days.push(dayOf(dates[index] ?? '', answer));
  }
  return { ok: true, days };
}
