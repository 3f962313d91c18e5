import { describe, expect, it } from 'vitest';
import { startFlow } from '../test-support';
import {
  IDENTIFYING_BY_HAND,
  manualActor,
  reachManualEntry,
  typeDraft,
  typedDraft,
} from './test-support';

describe('an ID number whose birth-year digits differ from the birth date', () => {
  it('stays on the form with the mismatch under the ID number', () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, { ...typedDraft, birthDate: '15031985' });
    flow.send({ type: 'manual.submit' });

    expect(flow.snapshot().matches(IDENTIFYING_BY_HAND)).toBe(true);
    expect(flow.snapshot().context.identity).toBeNull();
    expect(manualActor(flow)?.getSnapshot().context.errors).toEqual({
      idNumber: 'birthYear',
    });
  });

  it('keeps what was typed, and clears the mark once the number is edited', () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, { ...typedDraft, idNumber: '079085001234' });
    flow.send({ type: 'manual.submit' });
    expect(manualActor(flow)?.getSnapshot().context.errors.idNumber).toBe(
      'birthYear',
    );

    flow.send({
      type: 'manual.change',
      field: 'idNumber',
      value: '079090001234',
    });
    const context = manualActor(flow)?.getSnapshot().context;
    expect(context?.errors).toEqual({});
    expect(context?.draft.fullName).toBe(typedDraft.fullName);
    expect(context?.draft.birthDate).toBe('15031990');
  });

  it('names the century-and-sex digit when the sex does not fit', () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, { ...typedDraft, sex: 'female' });
    flow.send({ type: 'manual.submit' });
    expect(manualActor(flow)?.getSnapshot().context.errors).toEqual({
      idNumber: 'centurySex',
    });
  });
});
