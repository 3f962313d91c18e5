import type { QueueSlotsAnswer } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { listAppointmentDays, nextDates } from './appointment-days';

describe('the days offered for an appointment', () => {
  it('are ten calendar days from today in Ho Chi Minh City', () => {
    // 18:00 UTC on 3 December is 01:00 on 4 December in the city.
    const dates = nextDates(new Date('2026-12-03T18:00:00Z'));
    expect(dates).toHaveLength(10);
    expect(dates[0]).toBe('2026-12-04');
    expect(dates[9]).toBe('2026-12-13');
  });

  it('show a day off or a past day as closed and a booked-up day as full', async () => {
    const answers: Record<string, QueueSlotsAnswer> = {
      '2026-12-04': {
        ok: true,
        date: '2026-12-04',
        slots: [
          { time: '08:00', free: 0 },
          { time: '08:30', free: 3 },
        ],
      },
      '2026-12-05': {
        ok: false,
        error: { code: 'not_working_day', message: 'Saturday' },
      },
      '2026-12-06': { ok: false, error: { code: 'past', message: 'past' } },
    };
    const outcome = await listAppointmentDays(
      async (date) =>
        answers[date] ?? {
          ok: true,
          date,
          slots: [{ time: '08:00', free: 0 }],
        },
      new Date('2026-12-04T01:00:00Z'),
    );

    if (!outcome.ok) throw new Error('expected the days');
    expect(outcome.days[0]).toEqual({
      date: '2026-12-04',
      state: 'open',
      slots: [{ time: '08:30', free: 3 }],
    });
    expect(outcome.days[1]?.state).toBe('closed');
    expect(outcome.days[2]?.state).toBe('closed');
    expect(outcome.days[3]?.state).toBe('full');
  });

  it('fail as a whole when one answer is lost', async () => {
    const outcome = await listAppointmentDays(
      async (date) =>
        date.endsWith('-06')
          ? { ok: false, error: { code: 'agent_unreachable', message: 'x' } }
          : { ok: true, date, slots: [] },
      new Date('2026-12-04T01:00:00Z'),
    );
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'agent_unreachable', message: 'x' },
    });
  });
});
