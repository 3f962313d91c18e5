import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { helpMachine } from './machine';
import type { HelpOutcome, HelpReason } from './types';

/** The help flow with a stubbed agent. */
export function startHelp(answer: () => HelpOutcome = () => ({ ok: true })) {
  const requests: HelpReason[] = [];
  const machine = helpMachine.provide({
    actors: {
      requestHelp: fromPromise<HelpOutcome, { reason: HelpReason }>(
        async ({ input }) => {
          requests.push(input.reason);
          return answer();
        },
      ),
    },
  });
  const actor = createActor(machine, { clock: new SimulatedClock() });
  actor.start();
  return { actor, requests };
}
