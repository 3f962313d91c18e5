import { scaledRatingDelays } from '../rating/delays';
import type { RatingMachine } from '../rating/machine';
import { scaledDelays } from '../submit-dossier/delays';

/** The child machines that run resident-facing timers of their own. */
interface TimedChildren {
  readonly rating: RatingMachine;
}

/**
 * Every resident-facing timer of the session stretched by `scale`
 * (assisted mode): the top machine's delays and those of each child
 * machine with its own, for `submitDossierMachine.provide`. Each delay
 * reads the scale when its timer starts.
 */
export function withScaledTimers<I extends { readonly actors: TimedChildren }>(
  implementations: I,
  scale: () => number,
) {
  return {
    ...implementations,
    actors: {
      ...implementations.actors,
      rating: implementations.actors.rating.provide({
        delays: scaledRatingDelays(scale),
      }),
    },
    delays: scaledDelays(scale),
  };
}
