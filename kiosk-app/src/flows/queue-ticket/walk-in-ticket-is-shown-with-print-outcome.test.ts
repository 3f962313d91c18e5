import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { startQueue, walkInTicket } from './test-support';

describe('a resident who wants a number now', () => {
  it('gets a walk-in ticket in one tap and sees it printed', async () => {
    const { actor, taken } = startQueue();
    actor.send({ type: 'resident.walkIn' });
    await settle();

    expect(taken).toEqual([{ kind: 'walkIn', language: 'vi' }]);
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('showingTicket');
    expect(context.ticket).toEqual(walkInTicket);
    expect(context.print).toBe('printed');

    actor.send({ type: 'resident.finish' });
    expect(actor.getSnapshot().output).toEqual({ next: 'done' });
  });

  it('still shows the ticket when the printer is out of paper', async () => {
    const { actor } = startQueue({
      take: () => ({ ok: true, ticket: walkInTicket, print: 'paperOut' }),
    });
    actor.send({ type: 'resident.walkIn' });
    await settle();
    expect(actor.getSnapshot().value).toBe('showingTicket');
    expect(actor.getSnapshot().context.print).toBe('paperOut');
  });

  it('goes back to the menu without a ticket', () => {
    const { actor, taken } = startQueue();
    actor.send({ type: 'resident.back' });
    expect(actor.getSnapshot().output).toEqual({ next: 'home' });
    expect(taken).toEqual([]);
  });
});
