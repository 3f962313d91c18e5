import type { QueueTake } from '@motcua/protocol';
import { fromPromise } from 'xstate';
import type { HelpOutcome, HelpReason } from '../flows/help/types';
import { helpMachine } from '../flows/help/machine';
import { listAppointmentDays } from '../flows/queue-ticket/appointment-days';
import { queueTicketMachine } from '../flows/queue-ticket/machine';
import type { DaysOutcome, TakeOutcome } from '../flows/queue-ticket/types';
import { ratingMachine } from '../flows/rating/machine';
import type { RatingOutcome, RatingRequest } from '../flows/rating/types';
import { statusLookupMachine } from '../flows/status-lookup/machine';
import type { LookupOutcome } from '../flows/status-lookup/types';
import type { AgentLink } from './agent-link';

async function lookUp(link: AgentLink, code: string): Promise<LookupOutcome> {
  // The procedure's name comes from the kiosk's catalog, asked alongside.
  const [answer, catalog] = await Promise.all([
    link.dossierLookup(code),
    link.catalogGet(),
  ]);
  if (!answer.ok) return answer;
  const procedure = catalog.ok
    ? catalog.procedures.find((p) => p.id === answer.dossier.procedureId)
    : undefined;
  return {
    ok: true,
    source: answer.source,
    dossier: answer.dossier,
    procedureName: procedure?.name ?? null,
  };
}

/** The services' child machines, with their actors bound to the link. */
export function serviceImplementations(
  link: AgentLink,
  now = () => new Date(),
) {
  return {
    statusLookup: statusLookupMachine.provide({
      actors: {
        lookupDossier: fromPromise<LookupOutcome, { code: string }>(
          ({ input }) => lookUp(link, input.code),
        ),
      },
    }),
    queueTicket: queueTicketMachine.provide({
      actors: {
        listDays: fromPromise<DaysOutcome>(() =>
          listAppointmentDays((date) => link.queueSlots(date), now()),
        ),
        takeTicket: fromPromise<TakeOutcome, QueueTake>(({ input }) =>
          link.queueTake(input),
        ),
      },
    }),
    rating: ratingMachine.provide({
      actors: {
        submitRating: fromPromise<RatingOutcome, RatingRequest>(({ input }) =>
          link.ratingSubmit(input),
        ),
      },
    }),
    help: helpMachine.provide({
      actors: {
        requestHelp: fromPromise<HelpOutcome, { reason: HelpReason }>(
          ({ input }) => link.helpRequest({ reason: input.reason }),
        ),
      },
    }),
  };
}
