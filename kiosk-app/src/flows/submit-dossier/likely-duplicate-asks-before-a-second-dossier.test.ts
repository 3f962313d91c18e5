import { describe, expect, it } from 'vitest';
import { reachForm, sampleReceipt, settle, startFlow } from './test-support';
import type { SubmitOutcome } from './types';

const duplicate: SubmitOutcome = {
  kind: 'refused',
  error: {
    code: 'likely_duplicate',
    message:
      'Already submitted on this kiosk recently as 000.00.00.H29-261203-1001',
    field: 'procedureId',
  },
};

describe('a likely duplicate dossier', () => {
  it('goes back to review and submits again only on purpose', async () => {
    const answers: SubmitOutcome[] = [
      duplicate,
      { kind: 'accepted', receipt: sampleReceipt },
    ];
    const flow = startFlow({
      submit: () => answers.shift() ?? duplicate,
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
    expect(flow.snapshot().context.submitError?.code).toBe('likely_duplicate');
    expect(flow.submitted[0]).not.toHaveProperty('allowDuplicate');

    flow.send({ type: 'resident.submitAnyway' });
    await settle();

    expect(flow.snapshot().matches({ session: { flow: 'showingSlip' } })).toBe(
      true,
    );
    expect(flow.submitted[1]?.allowDuplicate).toBe(true);
    expect(flow.submitted[1]?.requestId).not.toBe(flow.submitted[0]?.requestId);
  });

  it('offers "submit anyway" only after that warning', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });

    flow.send({ type: 'resident.submitAnyway' });

    expect(flow.snapshot().matches({ session: { flow: 'reviewing' } })).toBe(
      true,
    );
    expect(flow.submitted).toEqual([]);
  });
});
