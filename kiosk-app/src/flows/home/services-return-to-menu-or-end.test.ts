import { describe, expect, it } from 'vitest';
import { SAMPLE_CODE } from '../status-lookup/test-support';
import { DELAYS } from '../submit-dossier/delays';
import { settle } from './path-walk';
import { reachMenu, startKiosk } from './test-support';

describe('a service that ends', () => {
  it('returns to the menu when the resident backs out of a lookup', () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'lookup' });
    kiosk.child('statusLookup').send({ type: 'resident.back' });
    expect(
      kiosk.snapshot().matches({ session: { flow: 'choosingService' } }),
    ).toBe(true);
  });

  it('passes a scanned slip to the lookup and ends after the result', async () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'lookup' });
    kiosk.send({ type: 'dossier.scanned', code: SAMPLE_CODE });
    await settle();
    expect(kiosk.agent.lookups).toEqual([SAMPLE_CODE]);

    kiosk.child('statusLookup').send({ type: 'resident.finish' });
    expect(kiosk.snapshot().value).toBe('done');
  });

  it('ends after a walk-in ticket, and the farewell returns to attract', async () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'queue' });
    kiosk.child('queueTicket').send({ type: 'resident.walkIn' });
    await settle();
    kiosk.child('queueTicket').send({ type: 'resident.finish' });

    expect(kiosk.agent.tickets).toEqual([{ kind: 'walkIn', language: 'vi' }]);
    expect(kiosk.snapshot().value).toBe('done');
    kiosk.clock.increment(DELAYS.FAREWELL);
    expect(kiosk.snapshot().value).toBe('attract');
  });

  it('still ends the session when the resident leaves a service idle', () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'queue' });
    const queue = kiosk.child('queueTicket');

    kiosk.clock.increment(DELAYS.IDLE_WARNING);
    kiosk.clock.increment(DELAYS.IDLE_EXPIRY);

    expect(kiosk.snapshot().value).toBe('attract');
    expect(queue.getSnapshot().status).toBe('stopped');
    expect(kiosk.agent.sessionsEnded).toBe(1);
  });
});
