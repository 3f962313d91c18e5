import { describe, expect, it } from 'vitest';
import type { ServiceName } from '../submit-dossier/types';
import { reachMenu, startKiosk } from './test-support';

type Destination = 'identifying' | 'lookingUp' | 'takingTicket' | 'rating';

const destinations: [ServiceName, Destination, string | undefined][] = [
  ['submit', 'identifying', undefined],
  ['lookup', 'lookingUp', 'statusLookup'],
  ['queue', 'takingTicket', 'queueTicket'],
  ['rating', 'rating', 'rating'],
];

describe('the home menu after the language', () => {
  it('comes right after the language choice', () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    expect(
      kiosk.snapshot().matches({ session: { flow: 'choosingService' } }),
    ).toBe(true);
  });

  for (const [service, state, child] of destinations) {
    it(`opens ${state} for ${service}`, () => {
      const kiosk = startKiosk();
      reachMenu(kiosk);
      kiosk.send({ type: 'resident.chooseService', service });

      expect(kiosk.snapshot().matches({ session: { flow: state } })).toBe(true);
      if (child !== undefined) expect(kiosk.child(child)).toBeDefined();
    });
  }

  it('opens help over the menu, which stays where it was', () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'help' });
    expect(
      kiosk.snapshot().matches({
        session: { flow: 'choosingService', help: 'open' },
      }),
    ).toBe(true);
  });

  it('goes back to the language, and from identifying back to the menu', () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'submit' });
    kiosk.send({ type: 'resident.back' });
    expect(
      kiosk.snapshot().matches({ session: { flow: 'choosingService' } }),
    ).toBe(true);
    kiosk.send({ type: 'resident.back' });
    expect(
      kiosk.snapshot().matches({ session: { flow: 'choosingLanguage' } }),
    ).toBe(true);
  });
});
