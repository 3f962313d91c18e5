import { describe, expect, it } from 'vitest';
import { sampleIdentity, sampleReceipt } from '../submit-dossier/test-support';
import { settle } from './path-walk';
import { reachMenu, startKiosk } from './test-support';

describe('finishing after the slip', () => {
  it('asks for a rating of that dossier, then ends the session', async () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'submit' });
    kiosk.send({
      type: 'identity.read',
      source: 'qr',
      identity: sampleIdentity,
    });
    await settle();
    kiosk.send({
      type: 'resident.chooseProcedure',
      procedureId: 'residence-confirmation',
    });
    kiosk.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    kiosk.send({ type: 'resident.next' });
    kiosk.send({ type: 'resident.submit' });
    await settle();

    kiosk.send({ type: 'resident.finish' });
    expect(
      kiosk.snapshot().matches({ session: { flow: 'ratingAfterSlip' } }),
    ).toBe(true);
    kiosk.child('rating').send({ type: 'resident.rate', score: 5 });
    await settle();
    kiosk.child('rating').send({ type: 'resident.finish' });

    expect(kiosk.agent.ratings).toEqual([
      {
        score: 5,
        dossierCode: sampleReceipt.dossierCode,
        procedureId: 'residence-confirmation',
      },
    ]);
    expect(kiosk.snapshot().value).toBe('done');
    expect(kiosk.agent.sessionsEnded).toBe(1);
    expect(kiosk.snapshot().context.receipt).toBeNull();
  });

  it('rates on its own from the menu, without a dossier', async () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.chooseService', service: 'rating' });
    kiosk.child('rating').send({ type: 'resident.rate', score: 2 });
    await settle();
    kiosk.child('rating').send({ type: 'resident.finish' });
    expect(kiosk.agent.ratings).toEqual([{ score: 2 }]);
    expect(kiosk.snapshot().value).toBe('done');
  });
});
