import { describe, expect, it } from 'vitest';
import { DELAYS } from '../delays';
import { sampleIdentity, startFlow } from '../test-support';
import {
  IDENTIFYING_BY_HAND,
  manualActor,
  reachManualEntry,
  typeDraft,
  typedDraft,
} from './test-support';

describe('leaving the hand-entry form', () => {
  it('back returns to the card screen and a new form starts empty', () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, typedDraft);

    flow.send({ type: 'resident.back' });
    expect(
      flow.snapshot().matches({
        session: { flow: { identifying: 'waitingForCard' } },
      }),
    ).toBe(true);
    expect(manualActor(flow)).toBeUndefined();

    flow.send({ type: 'resident.enterByHand' });
    expect(manualActor(flow)?.getSnapshot().context.draft).toEqual({
      idNumber: '',
      fullName: '',
      birthDate: '',
      sex: null,
    });
  });

  it('a card read meanwhile wins over the typed details', () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, typedDraft);

    flow.send({
      type: 'identity.read',
      source: 'qr',
      identity: sampleIdentity,
    });

    expect(
      flow.snapshot().matches({ session: { flow: 'choosingProcedure' } }),
    ).toBe(true);
    expect(flow.snapshot().context.identity).toEqual({
      ...sampleIdentity,
      source: 'qr',
    });
    expect(manualActor(flow)).toBeUndefined();
  });

  it('an idle timeout ends the session with nothing typed left', () => {
    const flow = startFlow();
    reachManualEntry(flow);
    typeDraft(flow, typedDraft);
    flow.send({ type: 'resident.tapped' });

    flow.clock.increment(DELAYS.IDLE_WARNING);
    expect(flow.snapshot().matches(IDENTIFYING_BY_HAND)).toBe(true);
    flow.clock.increment(DELAYS.IDLE_EXPIRY);

    expect(flow.snapshot().value).toBe('attract');
    expect(manualActor(flow)).toBeUndefined();
    expect(JSON.stringify(flow.snapshot().context)).not.toContain(
      typedDraft.idNumber,
    );
  });
});
