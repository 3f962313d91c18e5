import type { CalendarData, ProtocolError, Result } from '@motcua/protocol';
import {
  err,
  hcmcDay,
  isWorkingDay,
  ok,
  protocolError,
} from '@motcua/protocol';

/**
 * When the ward office sees residents, for tickets issued at the kiosk.
 * Appointments start every 30 minutes in two sessions; the last slot of a
 * session starts 30 minutes before it ends.
 */
export const OFFICE_HOURS = {
  sessions: [
    { from: '08:00', to: '11:00' },
    { from: '13:30', to: '16:30' },
  ],
  slotMinutes: 30,
  /** Walk-in numbers are not issued for today after this time. */
  walkInUntil: '17:00',
  /** Appointments may be booked at most this many days ahead. */
  bookingDaysAhead: 30,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

function minutes(time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return hour * 60 + minute;
}

function clock(total: number): string {
  const hour = String(Math.floor(total / 60)).padStart(2, '0');
  const minute = String(total % 60).padStart(2, '0');
  return `${hour}:${minute}`;
}

/** Every appointment start time of a working day, `HH:mm`, in order. */
export function slotTimes(): string[] {
  return OFFICE_HOURS.sessions.flatMap(({ from, to }) => {
    const times: string[] = [];
    for (
      let at = minutes(from);
      at + OFFICE_HOURS.slotMinutes <= minutes(to);
      at += OFFICE_HOURS.slotMinutes
    ) {
      times.push(clock(at));
    }
    return times;
  });
}

/** The date and `HH:mm` clock of an instant in Ho Chi Minh City. */
export function localNow(now: Date): { date: string; time: string } {
  const { date, time } = hcmcDay(now);
  return { date, time };
}

/**
 * Checks that `date` can have appointments, seen from `now`: a working day,
 * not before today, not too far ahead. Gives the times still bookable:
 * all of them, or on today only those that start after now.
 */
export function bookableTimes(
  date: string,
  now: Date,
  calendar: CalendarData,
): Result<string[], ProtocolError> {
  const today = localNow(now);
  if (date < today.date) {
    return err(protocolError('past', `${date} has passed`, 'date'));
  }
  const ahead =
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today.date}T00:00:00Z`)) /
    DAY_MS;
  if (ahead > OFFICE_HOURS.bookingDaysAhead) {
    return err(
      protocolError(
        'too_far',
        `Appointments can be booked at most ` +
          `${String(OFFICE_HOURS.bookingDaysAhead)} days ahead`,
        'date',
      ),
    );
  }
  if (!isWorkingDay(date, calendar)) {
    return err(
      protocolError(
        'not_working_day',
        `${date} is not a working day at the ward office`,
        'date',
      ),
    );
  }
  const times = slotTimes();
  return ok(
    date === today.date
      ? times.filter((time) => minutes(time) > minutes(today.time))
      : times,
  );
}

/** Checks an appointment's day and time as `bookableTimes` does. */
export function checkAppointment(
  date: string,
  time: string,
  now: Date,
  calendar: CalendarData,
): Result<void, ProtocolError> {
  if (!slotTimes().includes(time)) {
    return err(
      protocolError(
        'invalid_slot',
        `${time} is not an appointment time (every 30 minutes, ` +
          `08:00–10:30 and 13:30–16:00)`,
        'time',
      ),
    );
  }
  const bookable = bookableTimes(date, now, calendar);
  if (!bookable.ok) return bookable;
  if (!bookable.value.includes(time)) {
    return err(protocolError('past', `${date} ${time} has passed`, 'time'));
  }
  return ok(undefined);
}

/** Checks that a walk-in number can be issued for today. */
export function checkWalkIn(
  now: Date,
  calendar: CalendarData,
): Result<{ date: string; time: string }, ProtocolError> {
  const today = localNow(now);
  if (!isWorkingDay(today.date, calendar)) {
    return err(
      protocolError(
        'not_working_day',
        'The ward office is closed today; book an appointment instead',
      ),
    );
  }
  if (minutes(today.time) >= minutes(OFFICE_HOURS.walkInUntil)) {
    return err(
      protocolError(
        'office_closed',
        `No more walk-in numbers today after ${OFFICE_HOURS.walkInUntil}`,
      ),
    );
  }
  return ok(today);
}
