import { describe, expect, it } from 'vitest';
import { CALENDAR_2026 } from './calendar-2026';
import { dueMoment, hcmcDay, isWorkingDay, returnDate } from './working-days';

// Instants are written in Ho Chi Minh City time (+07:00) for readability.
const at = (local: string) => new Date(`${local}+07:00`);

describe('return dates on the 2026 calendar', () => {
  it('counts one and three working days over a weekend', () => {
    // Thursday 03/12 + 1 → Friday 04/12; + 3 → Tuesday 08/12.
    expect(returnDate(at('2026-12-03T09:15:00'), 1, CALENDAR_2026)).toBe(
      '2026-12-04',
    );
    expect(returnDate(at('2026-12-03T10:00:00'), 3, CALENDAR_2026)).toBe(
      '2026-12-08',
    );
  });

  it('skips the whole Tết break', () => {
    // Friday 13/02 + 1 working day: 16–20/02 are off → Monday 23/02.
    expect(returnDate(at('2026-02-13T09:00:00'), 1, CALENDAR_2026)).toBe(
      '2026-02-23',
    );
  });

  it('counts the make-up Saturdays as working days', () => {
    // Friday 09/01 + 1 → Saturday 10/01; Friday 21/08 + 1 → Saturday 22/08.
    expect(returnDate(at('2026-01-09T09:00:00'), 1, CALENDAR_2026)).toBe(
      '2026-01-10',
    );
    expect(returnDate(at('2026-08-21T10:00:00'), 1, CALENDAR_2026)).toBe(
      '2026-08-22',
    );
  });

  it('skips the compensatory Monday for Hùng Kings day', () => {
    // Friday 24/04 + 1 → Monday 27/04 is off → Tuesday 28/04.
    expect(returnDate(at('2026-04-24T09:00:00'), 1, CALENDAR_2026)).toBe(
      '2026-04-28',
    );
  });

  it('skips National Day and its adjacent days off', () => {
    // Friday 28/08 + 1: Monday 31/08 to Wednesday 02/09 are off.
    expect(returnDate(at('2026-08-28T10:00:00'), 1, CALENDAR_2026)).toBe(
      '2026-09-03',
    );
    for (const day of ['2026-08-31', '2026-09-01', '2026-09-02']) {
      expect(isWorkingDay(day, CALENDAR_2026)).toBe(false);
    }
    expect(isWorkingDay('2026-08-22', CALENDAR_2026)).toBe(true);
  });

  it('returns a same-day procedure today before 15:00', () => {
    expect(returnDate(at('2026-12-03T14:59:00'), 0, CALENDAR_2026)).toBe(
      '2026-12-03',
    );
  });

  it('moves a same-day procedure received from 15:00 to the next working day', () => {
    // Friday 04/12 at 15:00 or 15:30 → Monday 07/12.
    for (const time of ['15:00:00', '15:30:00']) {
      expect(returnDate(at(`2026-12-04T${time}`), 0, CALENDAR_2026)).toBe(
        '2026-12-07',
      );
    }
  });

  it('starts counting on the next working day for a Sunday submission', () => {
    // Sunday 06/12 + 1: counting starts Monday 07/12 → Tuesday 08/12.
    expect(returnDate(at('2026-12-06T09:00:00'), 1, CALENDAR_2026)).toBe(
      '2026-12-08',
    );
  });

  it('reads the day in Ho Chi Minh City, not in UTC', () => {
    // 23:30 UTC on Friday is 06:30 on Saturday in the city: not worked.
    expect(returnDate(new Date('2026-12-04T23:30:00Z'), 0, CALENDAR_2026)).toBe(
      '2026-12-07',
    );
    // 23:30 UTC on Sunday is already Monday morning in the city.
    expect(returnDate(new Date('2026-12-06T23:30:00Z'), 0, CALENDAR_2026)).toBe(
      '2026-12-07',
    );
    expect(hcmcDay(new Date('2026-12-06T23:30:00Z'))).toEqual({
      date: '2026-12-07',
      hour: 6,
      time: '06:30',
    });
  });
});

it('puts the due moment at 17:00 Ho Chi Minh City time, in UTC', () => {
  expect(dueMoment('2026-12-04')).toBe('2026-12-04T10:00:00.000Z');
});
