import type { ActorRefFrom } from 'xstate';
import type { Flow } from '../test-support';
import type { ManualIdentityMachine } from './machine';
import type { ManualDraft } from './types';

/** A resident whose card says 079090001234, born 15/03/1990, male. */
export const typedDraft: ManualDraft = {
  idNumber: '079090001234',
  fullName: 'nguyễn văn  an ',
  birthDate: '15031990',
  sex: 'male',
};

/** From the attract screen to the hand-entry form. */
export function reachManualEntry(flow: Flow): void {
  flow.send({ type: 'resident.start' });
  flow.send({ type: 'resident.chooseLanguage', language: 'vi' });
  flow.send({ type: 'resident.chooseService', service: 'submit' });
  flow.send({ type: 'resident.enterByHand' });
}

/** Types every field of `draft` as the screen would. */
export function typeDraft(flow: Flow, draft: ManualDraft): void {
  flow.send({
    type: 'manual.change',
    field: 'idNumber',
    value: draft.idNumber,
  });
  flow.send({
    type: 'manual.change',
    field: 'fullName',
    value: draft.fullName,
  });
  flow.send({
    type: 'manual.change',
    field: 'birthDate',
    value: draft.birthDate,
  });
  flow.send({ type: 'manual.change', field: 'sex', value: draft.sex ?? '' });
}

/** The running hand-entry machine, if the flow is on that form. */
export function manualActor(
  flow: Flow,
): ActorRefFrom<ManualIdentityMachine> | undefined {
  return flow.snapshot().children['manualIdentity'] as
    ActorRefFrom<ManualIdentityMachine> | undefined;
}

export const IDENTIFYING_BY_HAND = {
  session: { flow: { identifying: 'enteringByHand' } },
} as const;
