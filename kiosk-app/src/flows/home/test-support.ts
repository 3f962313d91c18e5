import type { QueueTake } from '@motcua/protocol';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { AnyActorRef } from 'xstate';
import { helpMachine } from '../help/machine';
import type { HelpOutcome, HelpReason } from '../help/types';
import { queueTicketMachine } from '../queue-ticket/machine';
import { sampleDays, walkInTicket } from '../queue-ticket/test-support';
import type { DaysOutcome, TakeOutcome } from '../queue-ticket/types';
import { ratingMachine } from '../rating/machine';
import type { RatingOutcome, RatingRequest } from '../rating/types';
import { statusLookupMachine } from '../status-lookup/machine';
import { found } from '../status-lookup/test-support';
import type { LookupOutcome } from '../status-lookup/types';
import { submitDossierMachine } from '../submit-dossier/machine';
import { withScaledTimers } from './scaled-timers';
import {
  residenceConfirmation,
  sampleReceipt,
} from '../submit-dossier/test-support';
import type {
  CatalogOutcome,
  SubmitDossierEvent,
  SubmitInput,
  SubmitOutcome,
} from '../submit-dossier/types';

/**
 * The whole kiosk machine with every service's agent calls stubbed, a
 * simulated clock, and a log of what reached the agent.
 */
export function startKiosk(options: { scale?: () => number } = {}) {
  const clock = new SimulatedClock();
  const agent = {
    lookups: [] as string[],
    ratings: [] as RatingRequest[],
    tickets: [] as QueueTake[],
    helpCalls: 0,
    sessionsEnded: 0,
  };

  const implementations = {
    actors: {
      loadCatalog: fromPromise<CatalogOutcome>(async () => ({
        ok: true,
        procedures: [residenceConfirmation],
      })),
      submitDossier: fromPromise<SubmitOutcome, SubmitInput>(async () => ({
        kind: 'accepted',
        receipt: sampleReceipt,
      })),
      statusLookup: statusLookupMachine.provide({
        actors: {
          lookupDossier: fromPromise<LookupOutcome, { code: string }>(
            async ({ input }) => {
              agent.lookups.push(input.code);
              return found;
            },
          ),
        },
      }),
      queueTicket: queueTicketMachine.provide({
        actors: {
          listDays: fromPromise<DaysOutcome>(async () => ({
            ok: true,
            days: sampleDays,
          })),
          takeTicket: fromPromise<TakeOutcome, QueueTake>(async ({ input }) => {
            agent.tickets.push(input);
            return { ok: true, ticket: walkInTicket, print: 'printed' };
          }),
        },
      }),
      rating: ratingMachine.provide({
        actors: {
          submitRating: fromPromise<RatingOutcome, RatingRequest>(
            async ({ input }) => {
              agent.ratings.push(input);
              return { ok: true };
            },
          ),
        },
      }),
      help: helpMachine.provide({
        actors: {
          requestHelp: fromPromise<HelpOutcome, { reason: HelpReason }>(
            async () => {
              agent.helpCalls += 1;
              return { ok: true };
            },
          ),
        },
      }),
    },
    actions: {
      endAgentSession: () => {
        agent.sessionsEnded += 1;
      },
    },
  };
  // The page's wiring: assisted mode stretches every resident timer.
  const machine = submitDossierMachine.provide(
    withScaledTimers(implementations, options.scale ?? (() => 1)),
  );
  const actor = createActor(machine, { clock });
  actor.start();

  return {
    actor,
    clock,
    agent,
    send: (event: SubmitDossierEvent) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
    /** A running service's actor by its invoke id. */
    child: (id: string): AnyActorRef => {
      const ref = (
        actor.getSnapshot().children as Record<string, AnyActorRef | undefined>
      )[id];
      if (ref === undefined) throw new Error(`${id} is not running`);
      return ref;
    },
  };
}

export type Kiosk = ReturnType<typeof startKiosk>;

/** Attract → Vietnamese → the home menu. */
export function reachMenu(kiosk: Kiosk): void {
  kiosk.send({ type: 'resident.start' });
  kiosk.send({ type: 'resident.chooseLanguage', language: 'vi' });
}
