import type { DossierStatusView } from '@motcua/protocol';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { statusLookupMachine } from './machine';
import type { LookupOutcome } from './types';

export const SAMPLE_CODE = '000.00.00.H29-261203-0001';

export const sampleStatus: DossierStatusView = {
  code: SAMPLE_CODE,
  procedureId: 'residence-confirmation',
  status: 'moreDocuments',
  receivedAt: '2026-12-03T06:30:00.000Z',
  dueDate: '2026-12-08',
  updatedAt: '2026-12-04T02:00:00.000Z',
  note: 'Bản sao giấy khai sinh',
};

export const found: LookupOutcome = {
  ok: true,
  source: 'central',
  dossier: sampleStatus,
  procedureName: { vi: 'Xác nhận cư trú', en: 'Residence confirmation' },
};

/** The lookup flow with a stubbed agent. */
export function startLookup(
  answer: (code: string) => LookupOutcome = () => found,
) {
  const asked: string[] = [];
  const machine = statusLookupMachine.provide({
    actors: {
      lookupDossier: fromPromise<LookupOutcome, { code: string }>(
        async ({ input }) => {
          asked.push(input.code);
          return answer(input.code);
        },
      ),
    },
  });
  const actor = createActor(machine, {
    clock: new SimulatedClock(),
    input: {},
  });
  actor.start();
  return { actor, asked };
}
