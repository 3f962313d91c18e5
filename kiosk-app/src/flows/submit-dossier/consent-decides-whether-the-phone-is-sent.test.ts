import { describe, expect, it } from 'vitest';
import { DELAYS } from './delays';
import { reachForm, settle, startFlow } from './test-support';
import type { Flow } from './test-support';

type Step =
  | 'fillingForm'
  | 'attaching'
  | 'reviewing'
  | 'consenting'
  | 'submitting'
  | 'showingSlip';

const inFlow = (flow: Flow, state: Step) =>
  flow.snapshot().matches({ session: { flow: state } });

/** Temporary residence with the optional phone given, up to review. */
async function reachReview(flow: Flow, phone: string): Promise<void> {
  await reachForm(flow, 'temporary-residence');
  flow.send({ type: 'resident.changeField', fieldId: 'phone', value: phone });
  flow.send({
    type: 'resident.changeField',
    fieldId: 'newWard',
    value: '26740',
  });
  flow.send({ type: 'resident.next' });
  flow.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
  await settle();
  flow.send({ type: 'attach.next' });
  await settle();
}

describe('consent for the optional phone number', () => {
  it('asks before submitting and sends the phone after a yes', async () => {
    const flow = startFlow();
    await reachReview(flow, '0912345678');

    flow.send({ type: 'resident.submit' });
    expect(inFlow(flow, 'consenting')).toBe(true);
    expect(flow.submitted).toEqual([]);

    flow.send({ type: 'resident.giveConsent' });
    await settle();

    expect(inFlow(flow, 'showingSlip')).toBe(true);
    expect(flow.submitted[0]?.fields['phone']).toBe('0912345678');
  });

  it('submits without the phone after a no', async () => {
    const flow = startFlow();
    await reachReview(flow, '0912345678');
    flow.send({ type: 'resident.submit' });

    flow.send({ type: 'resident.refuseConsent' });
    await settle();

    expect(inFlow(flow, 'showingSlip')).toBe(true);
    expect(flow.submitted[0]?.fields).toEqual({
      fullName: 'NGUYỄN VĂN AN',
      newWard: '26740',
    });
  });

  it('does not ask when no optional data was given', async () => {
    const flow = startFlow();
    await reachReview(flow, '');
    flow.send({ type: 'resident.submit' });
    expect(inFlow(flow, 'submitting')).toBe(true);
  });

  it('asks again after the phone was changed', async () => {
    const flow = startFlow({
      submit: () => ({
        kind: 'unreachable',
        error: { code: 'agent_unreachable', message: 'lost' },
      }),
    });
    await reachReview(flow, '0912345678');
    flow.send({ type: 'resident.submit' });
    flow.send({ type: 'resident.giveConsent' });
    await settle();
    expect(inFlow(flow, 'reviewing')).toBe(true);

    // A retry after a lost answer keeps the yes.
    flow.send({ type: 'resident.submit' });
    expect(inFlow(flow, 'submitting')).toBe(true);
    await settle();

    flow.send({ type: 'resident.editForm' });
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0987654321',
    });
    flow.send({ type: 'resident.next' });
    flow.send({ type: 'attach.next' });
    await settle();
    flow.send({ type: 'resident.submit' });
    expect(inFlow(flow, 'consenting')).toBe(true);
  });

  it('goes back to review on "back", and the idle timer still runs', async () => {
    const flow = startFlow();
    await reachReview(flow, '0912345678');
    flow.send({ type: 'resident.submit' });
    flow.send({ type: 'resident.back' });
    expect(inFlow(flow, 'reviewing')).toBe(true);

    flow.send({ type: 'resident.submit' });
    flow.clock.increment(DELAYS.IDLE_WARNING);
    flow.clock.increment(DELAYS.IDLE_EXPIRY);
    expect(flow.snapshot().value).toBe('attract');
    expect(flow.snapshot().context.attachments).toEqual({});
    expect(flow.snapshot().context.consent).toBeNull();
  });
});
