import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { appointmentTicket, startQueue } from './test-support';

describe('a resident who books an appointment', () => {
  it('chooses an open day and a free time, confirms, gets the ticket', async () => {
    const { actor, taken } = startQueue();
    actor.send({ type: 'resident.appointment' });
    await settle();
    expect(actor.getSnapshot().value).toBe('choosingDate');

    actor.send({ type: 'resident.chooseDate', date: '2026-12-04' });
    actor.send({ type: 'resident.chooseTime', time: '08:30' });
    expect(actor.getSnapshot().value).toBe('confirming');
    actor.send({ type: 'resident.confirm' });
    await settle();

    expect(taken).toEqual([
      {
        kind: 'appointment',
        language: 'vi',
        date: '2026-12-04',
        time: '08:30',
      },
    ]);
    expect(actor.getSnapshot().context.ticket).toEqual(appointmentTicket);
  });

  it('cannot choose a day off, a full day or a time not offered', async () => {
    const { actor } = startQueue();
    actor.send({ type: 'resident.appointment' });
    await settle();

    actor.send({ type: 'resident.chooseDate', date: '2026-12-05' });
    actor.send({ type: 'resident.chooseDate', date: '2026-12-07' });
    actor.send({ type: 'resident.chooseDate', date: '2026-12-31' });
    expect(actor.getSnapshot().value).toBe('choosingDate');

    actor.send({ type: 'resident.chooseDate', date: '2026-12-04' });
    actor.send({ type: 'resident.chooseTime', time: '09:00' });
    expect(actor.getSnapshot().value).toBe('choosingTime');
  });

  it('lists the days afresh when the chosen time was just taken', async () => {
    let tries = 0;
    const { actor, listed } = startQueue({
      take: () => {
        tries += 1;
        return { ok: false, error: { code: 'slot_full', message: 'full' } };
      },
    });
    actor.send({ type: 'resident.appointment' });
    await settle();
    actor.send({ type: 'resident.chooseDate', date: '2026-12-04' });
    actor.send({ type: 'resident.chooseTime', time: '08:00' });
    actor.send({ type: 'resident.confirm' });
    await settle();
    expect(actor.getSnapshot().value).toBe('failed');

    actor.send({ type: 'resident.retry' });
    await settle();
    expect(tries).toBe(1);
    expect(listed()).toBe(2);
    expect(actor.getSnapshot().value).toBe('choosingDate');
    expect(actor.getSnapshot().context.error?.code).toBe('slot_full');
  });

  it('offers a retry when the days cannot be listed', async () => {
    const { actor, listed } = startQueue({
      days: () => ({
        ok: false,
        error: { code: 'agent_unreachable', message: 'x' },
      }),
    });
    actor.send({ type: 'resident.appointment' });
    await settle();
    expect(actor.getSnapshot().value).toBe('daysFailed');
    actor.send({ type: 'resident.retry' });
    await settle();
    expect(listed()).toBe(2);
  });
});
