import { describe, expect, it } from 'vitest';
import { reachForm, startFlow } from './test-support';

describe('a form with a missing or malformed phone number', () => {
  it('stays on the form with a required error', async () => {
    const flow = startFlow();
    await reachForm(flow);

    flow.send({ type: 'resident.next' });

    const snapshot = flow.snapshot();
    expect(snapshot.matches({ session: { flow: 'fillingForm' } })).toBe(true);
    expect(snapshot.context.fieldErrors).toEqual({ phone: 'required' });
  });

  it('stays on the form and says a landline is not a mobile', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0283829111',
    });

    flow.send({ type: 'resident.next' });

    expect(flow.snapshot().context.fieldErrors).toEqual({
      phone: 'phone.landline',
    });
  });
});
