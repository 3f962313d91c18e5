import { describe, expect, it } from 'vitest';
import { DELAYS } from './delays';
import {
  reachForm,
  sampleIdentity,
  sampleReceipt,
  settle,
  startFlow,
} from './test-support';

describe('a resident who scans, fills and submits', () => {
  it('reaches the slip with the dossier code the agent assigned', async () => {
    const flow = startFlow();

    await reachForm(flow);
    expect(flow.snapshot().context.values).toEqual({
      fullName: 'NGUYỄN VĂN AN',
      dateOfBirth: '1990-03-15',
    });

    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    expect(flow.snapshot().matches({ session: { flow: 'reviewing' } })).toBe(
      true,
    );

    flow.send({ type: 'resident.submit' });
    expect(flow.snapshot().matches({ session: { flow: 'submitting' } })).toBe(
      true,
    );
    await settle();

    const snapshot = flow.snapshot();
    expect(snapshot.matches({ session: { flow: 'showingSlip' } })).toBe(true);
    expect(snapshot.context.receipt?.dossierCode).toBe(
      sampleReceipt.dossierCode,
    );
    expect(flow.submitted).toHaveLength(1);
    expect(flow.submitted[0]).toMatchObject({
      procedureId: 'residence-confirmation',
      language: 'vi',
      applicant: sampleIdentity,
      fields: {
        fullName: 'NGUYỄN VĂN AN',
        dateOfBirth: '1990-03-15',
        phone: '0912345678',
      },
    });
  });

  it('ends the session and forgets the resident after the slip', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    flow.send({ type: 'resident.submit' });
    await settle();

    flow.send({ type: 'resident.finish' });
    // The rating after the slip is optional.
    flow.snapshot().children['rating']?.send({ type: 'resident.skip' });

    const snapshot = flow.snapshot();
    expect(snapshot.value).toBe('done');
    expect(flow.sessionsEnded()).toBe(1);
    expect(snapshot.context.receipt).toBeNull();
    expect(snapshot.context.identity).toBeNull();
  });

  it('restarts the idle wait once the slip is shown', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    flow.send({ type: 'resident.submit' });
    await settle();
    expect(flow.snapshot().matches({ session: { idle: 'watching' } })).toBe(
      true,
    );

    flow.clock.increment(DELAYS.IDLE_WARNING);
    flow.clock.increment(DELAYS.IDLE_EXPIRY);

    expect(flow.snapshot().value).toBe('attract');
    expect(flow.snapshot().context.receipt).toBeNull();
  });
});
