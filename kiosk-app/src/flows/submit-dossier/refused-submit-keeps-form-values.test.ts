import { describe, expect, it } from 'vitest';
import { reachForm, refusedPhone, settle, startFlow } from './test-support';

describe('a dossier the agent refuses', () => {
  it('goes back to the form with the error on the field and the values kept', async () => {
    const flow = startFlow({
      submit: () => ({ kind: 'refused', error: refusedPhone }),
    });
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    flow.send({ type: 'resident.submit' });
    await settle();

    const snapshot = flow.snapshot();
    expect(snapshot.matches({ session: { flow: 'fillingForm' } })).toBe(true);
    expect(snapshot.context.fieldErrors).toEqual({ phone: 'invalid_format' });
    expect(snapshot.context.submitError?.code).toBe('invalid_format');
    expect(snapshot.context.values).toEqual({
      fullName: 'NGUYỄN VĂN AN',
      dateOfBirth: '1990-03-15',
      phone: '0912345678',
    });
    expect(snapshot.context.requestId).toBeNull();
  });

  it('retries a lost answer from the review with the same request id', async () => {
    const flow = startFlow({
      submit: () => ({
        kind: 'unreachable',
        error: { code: 'agent_unreachable', message: 'timeout' },
      }),
    });
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    flow.send({ type: 'resident.submit' });
    await settle();
    expect(flow.snapshot().matches({ session: { flow: 'reviewing' } })).toBe(
      true,
    );
    expect(flow.snapshot().context.submitError?.code).toBe('agent_unreachable');

    flow.send({ type: 'resident.submit' });
    await settle();

    expect(flow.submitted).toHaveLength(2);
    expect(flow.submitted[1]?.requestId).toBe(flow.submitted[0]?.requestId);
    expect(flow.snapshot().context.values['phone']).toBe('0912345678');
  });
});
