import { describe, expect, it } from 'vitest';
import { settle } from './path-walk';
import { sampleIdentity } from '../submit-dossier/test-support';
import { reachMenu, startKiosk } from './test-support';

describe('help asked for in the middle of a form', () => {
  it('tells staff and returns to the same form with the values kept', async () => {
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

    kiosk.send({ type: 'resident.openHelp' });
    expect(kiosk.snapshot().matches({ session: { help: 'open' } })).toBe(true);
    kiosk.child('help').send({ type: 'resident.callStaff' });
    await settle();
    expect(kiosk.agent.helpCalls).toBe(1);
    kiosk.child('help').send({ type: 'resident.closeHelp' });

    const snapshot = kiosk.snapshot();
    expect(
      snapshot.matches({ session: { flow: 'fillingForm', help: 'closed' } }),
    ).toBe(true);
    expect(snapshot.context.values['phone']).toBe('0912345678');
    expect(snapshot.context.identity).toEqual({
      ...sampleIdentity,
      source: 'qr',
    });
  });

  it('closes with the session when the resident walks away', async () => {
    const kiosk = startKiosk();
    reachMenu(kiosk);
    kiosk.send({ type: 'resident.openHelp' });
    const help = kiosk.child('help');

    kiosk.send({ type: 'resident.cancel' });

    expect(kiosk.snapshot().value).toBe('attract');
    expect(help.getSnapshot().status).toBe('stopped');
  });
});
