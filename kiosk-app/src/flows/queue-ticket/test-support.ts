import type { QueueTake, QueueTicket } from '@motcua/protocol';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { queueTicketMachine } from './machine';
import type { AppointmentDay, DaysOutcome, TakeOutcome } from './types';

export const sampleDays: readonly AppointmentDay[] = [
  {
    date: '2026-12-04',
    state: 'open',
    slots: [
      { time: '08:00', free: 2 },
      { time: '08:30', free: 1 },
    ],
  },
  { date: '2026-12-05', state: 'closed', slots: [] },
  { date: '2026-12-07', state: 'full', slots: [] },
];

export const walkInTicket: QueueTicket = {
  number: 'A-012',
  kind: 'walkIn',
  date: '2026-12-03',
  issuedAt: '2026-12-03T02:00:00.000Z',
};

export const appointmentTicket: QueueTicket = {
  number: 'H-003',
  kind: 'appointment',
  date: '2026-12-04',
  time: '08:30',
  issuedAt: '2026-12-03T02:00:00.000Z',
};

interface QueueStubs {
  readonly days?: () => DaysOutcome;
  readonly take?: (take: QueueTake) => TakeOutcome;
}

/** The queue flow with a stubbed agent. */
export function startQueue(stubs: QueueStubs = {}) {
  const taken: QueueTake[] = [];
  let listed = 0;
  const machine = queueTicketMachine.provide({
    actors: {
      listDays: fromPromise<DaysOutcome>(async () => {
        listed += 1;
        return stubs.days?.() ?? { ok: true, days: sampleDays };
      }),
      takeTicket: fromPromise<TakeOutcome, QueueTake>(async ({ input }) => {
        taken.push(input);
        return (
          stubs.take?.(input) ?? {
            ok: true,
            ticket: input.kind === 'walkIn' ? walkInTicket : appointmentTicket,
            print: 'printed',
          }
        );
      }),
    },
  });
  const actor = createActor(machine, {
    clock: new SimulatedClock(),
    input: { language: 'vi' },
  });
  actor.start();
  return { actor, taken, listed: () => listed };
}
