import { describe, expect, it } from 'vitest';
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

async function reachDocuments(flow: Flow): Promise<void> {
  await reachForm(flow, 'temporary-residence');
  flow.send({
    type: 'resident.changeField',
    fieldId: 'newWard',
    value: '26740',
  });
  flow.send({ type: 'resident.next' });
}

describe('the documents step of a procedure that asks for documents', () => {
  it('comes after the form and sends the scans with the dossier', async () => {
    const flow = startFlow();
    await reachDocuments(flow);
    expect(inFlow(flow, 'attaching')).toBe(true);

    flow.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();
    flow.send({ type: 'attach.next' });
    await settle();
    expect(inFlow(flow, 'reviewing')).toBe(true);
    expect(Object.keys(flow.snapshot().context.attachments)).toEqual([
      'proofOfResidence',
    ]);

    flow.send({ type: 'resident.submit' });
    await settle();

    expect(inFlow(flow, 'showingSlip')).toBe(true);
    expect(flow.submitted[0]?.attachments).toEqual([
      {
        requirementId: 'proofOfResidence',
        attachmentId: '0193a8f0-7c1e-7b3a-9f00-000000000001',
      },
    ]);
  });

  it('keeps the scans when the resident goes back and edits', async () => {
    const flow = startFlow();
    await reachDocuments(flow);
    flow.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();
    flow.send({ type: 'attach.next' });
    await settle();

    flow.send({ type: 'resident.editForm' });
    flow.send({ type: 'resident.next' });
    expect(inFlow(flow, 'attaching')).toBe(true);
    flow.send({ type: 'attach.next' });
    await settle();
    flow.send({ type: 'resident.editAttachments' });
    flow.send({ type: 'attach.back' });
    await settle();

    expect(inFlow(flow, 'fillingForm')).toBe(true);
    expect(flow.scans).toEqual(['proofOfResidence']);
    expect(
      flow.snapshot().context.attachments['proofOfResidence']?.attachmentId,
    ).toBe('0193a8f0-7c1e-7b3a-9f00-000000000001');
    expect(flow.snapshot().context.values['newWard']).toBe('26740');
  });

  it('drops the scans when another procedure is chosen', async () => {
    const flow = startFlow();
    await reachDocuments(flow);
    flow.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();
    flow.send({ type: 'attach.next' });
    await settle();

    flow.send({ type: 'resident.editProcedure' });
    await settle();
    flow.send({
      type: 'resident.chooseProcedure',
      procedureId: 'residence-confirmation',
    });

    expect(flow.snapshot().context.attachments).toEqual({});
  });

  it('skips the step for a procedure without documents', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    expect(inFlow(flow, 'reviewing')).toBe(true);
    flow.send({ type: 'resident.back' });
    expect(inFlow(flow, 'fillingForm')).toBe(true);
  });
});
