import { describe, expect, it } from 'vitest';
import { SAMPLE_CODE } from '../status-lookup/test-support';
import { settle } from './path-walk';
import { reachMenu, startKiosk } from './test-support';

describe('a slip held to the scanner outside the lookup', () => {
  it('on the menu, opens the lookup with that code', async () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'dossier.scanned', code: SAMPLE_CODE });
    await settle();
    expect(kiosk.snapshot().matches({ session: { flow: 'lookingUp' } })).toBe(
      true,
    );
    expect(kiosk.agent.lookups).toEqual([SAMPLE_CODE]);
  });

  it('while a card is expected, says it is not a card', () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'submit' });
    kiosk.send({ type: 'dossier.scanned', code: SAMPLE_CODE });
    expect(kiosk.snapshot().context.identityError?.code).toBe('qr.not_cccd');
    expect(kiosk.agent.lookups).toEqual([]);
  });
});
