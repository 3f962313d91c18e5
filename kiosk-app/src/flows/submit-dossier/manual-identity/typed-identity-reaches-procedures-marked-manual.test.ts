import { describe, expect, it } from 'vitest';
import { settle, startFlow } from '../test-support';
import {
  IDENTIFYING_BY_HAND,
  manualActor,
  reachManualEntry,
  typeDraft,
  typedDraft,
} from './test-support';

describe('details typed by hand that fit together', () => {
  it('identify the resident like a card read, marked as manual', async () => {
    const flow = startFlow();
    reachManualEntry(flow);
    expect(flow.snapshot().matches(IDENTIFYING_BY_HAND)).toBe(true);

    typeDraft(flow, typedDraft);
    flow.send({ type: 'manual.submit' });
    await settle();

    const snapshot = flow.snapshot();
    expect(
      snapshot.matches({ session: { flow: { choosingProcedure: 'ready' } } }),
    ).toBe(true);
    expect(snapshot.context.identity).toEqual({
      idNumber: '079090001234',
      fullName: 'NGUYỄN VĂN AN',
      dateOfBirth: '1990-03-15',
      sex: 'male',
      address: '',
      source: 'manual',
    });
    expect(manualActor(flow)).toBeUndefined();
  });

  it('carries the manual mark into the dossier sent to the agent', async () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, typedDraft);
    flow.send({ type: 'manual.submit' });
    await settle();
    flow.send({
      type: 'resident.chooseProcedure',
      procedureId: 'residence-confirmation',
    });
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });
    flow.send({ type: 'resident.submit' });
    await settle();

    expect(flow.submitted).toHaveLength(1);
    expect(flow.submitted[0]?.applicant.source).toBe('manual');
    expect(flow.submitted[0]?.fields['fullName']).toBe('NGUYỄN VĂN AN');
  });
});
