import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { ratingMachine } from './machine';
import type { RatingInput, RatingOutcome, RatingRequest } from './types';

/** The rating flow with a stubbed agent and a simulated clock. */
export function startRating(
  input: RatingInput = {},
  answer: (request: RatingRequest) => RatingOutcome = () => ({ ok: true }),
) {
  const clock = new SimulatedClock();
  const sent: RatingRequest[] = [];
  const machine = ratingMachine.provide({
    actors: {
      submitRating: fromPromise<RatingOutcome, RatingRequest>(
        async ({ input: request }) => {
          sent.push(request);
          return answer(request);
        },
      ),
    },
  });
  const actor = createActor(machine, { clock, input });
  actor.start();
  return { actor, clock, sent };
}
