import { CALENDAR_2026 } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import {
  bookableTimes,
  checkAppointment,
  checkWalkIn,
  slotTimes,
} from './ticket-rules';

// Thursday 03/12/2026 at the given time in Ho Chi Minh City (UTC+7).
const at = (clock: string) => new Date(`2026-12-03T${clock}:00+07:00`);

describe('ticket rules', () => {
  it('lists twelve 30-minute starts in the two office sessions', () => {
    expect(slotTimes()).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
    ]);
  });

  it('offers today only the slots that start after now', () => {
    expect(bookableTimes('2026-12-03', at('15:30'), CALENDAR_2026)).toEqual({
      ok: true,
      value: ['16:00'],
    });
    expect(bookableTimes('2026-12-03', at('16:00'), CALENDAR_2026)).toEqual({
      ok: true,
      value: [],
    });
  });

  it('refuses yesterday as past and next year as too far', () => {
    expect(
      bookableTimes('2026-12-02', at('08:00'), CALENDAR_2026),
    ).toMatchObject({ ok: false, error: { code: 'past', field: 'date' } });
    expect(
      bookableTimes('2027-01-05', at('08:00'), CALENDAR_2026),
    ).toMatchObject({ ok: false, error: { code: 'too_far' } });
  });

  it('reads the day in Ho Chi Minh City, not in UTC', () => {
    // 06:30 on Friday there is still Thursday 23:30 in UTC.
    const friday = new Date('2026-12-03T23:30:00Z');
    expect(
      checkAppointment('2026-12-04', '08:00', friday, CALENDAR_2026),
    ).toEqual({ ok: true, value: undefined });
    expect(checkWalkIn(friday, CALENDAR_2026)).toEqual({
      ok: true,
      value: { date: '2026-12-04', time: '06:30' },
    });
  });

  it('refuses a walk-in number on a Sunday', () => {
    const sunday = new Date('2026-12-06T02:00:00Z');
    expect(checkWalkIn(sunday, CALENDAR_2026)).toMatchObject({
      ok: false,
      error: { code: 'not_working_day' },
    });
  });
});
