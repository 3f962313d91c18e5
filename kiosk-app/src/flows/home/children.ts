import type { ActorRefFrom, AnyActorRef } from 'xstate';
import type { HelpMachine } from '../help/machine';
import type { QueueTicketMachine } from '../queue-ticket/machine';
import type { RatingMachine } from '../rating/machine';
import type { SubmitDossierSnapshot } from '../submit-dossier/screen-props';
import type { StatusLookupMachine } from '../status-lookup/machine';

/** The child machines the session invokes, by their invoke ids. */
interface ServiceChildren {
  readonly statusLookup: ActorRefFrom<StatusLookupMachine>;
  readonly queueTicket: ActorRefFrom<QueueTicketMachine>;
  readonly rating: ActorRefFrom<RatingMachine>;
  readonly help: ActorRefFrom<HelpMachine>;
}

/** A running service's actor, or undefined when it is not running. */
export function childOf<K extends keyof ServiceChildren>(
  snapshot: SubmitDossierSnapshot,
  id: K,
): ServiceChildren[K] | undefined {
  const children = snapshot.children as Record<string, AnyActorRef | undefined>;
  return children[id] as ServiceChildren[K] | undefined;
}
