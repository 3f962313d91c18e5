import type { Procedure } from '@motcua/protocol';
import { CALENDAR_2026 } from '@motcua/protocol';
import type { PageHandlerDeps } from './agent-page-handlers';
import type { LocalApiHandlers } from './local-api/local-api';
import { printSlip } from './printing/print-slip';
import { ticketLayout } from './printing/ticket-layout';
import { lookupDossier } from './services/lookup-dossier';
import { requestHelp } from './services/request-help';
import { submitRating } from './services/submit-rating';
import type { TicketDeps } from './services/take-ticket';
import { listSlots, takeTicket } from './services/take-ticket';

type ServiceHandlers = Pick<
  LocalApiHandlers,
  'lookup' | 'rate' | 'takeTicket' | 'listSlots' | 'requestHelp'
>;

/** The resident services beside submitting: lookup, rating, queue, help. */
export function serviceHandlers(deps: PageHandlerDeps): ServiceHandlers {
  const { devices, settings, now, logger } = deps;
  const procedures = (): readonly Procedure[] =>
    deps.inbox.catalog()?.procedures ?? [];

  const tickets: TicketDeps = {
    tickets: deps.tickets,
    calendar: () => deps.inbox.calendar() ?? CALENDAR_2026,
    procedures,
    appointmentsPerSlot: () => settings.appointmentsPerSlot,
    print: (ticket, language, procedure) =>
      printSlip(
        devices.printer,
        devices.profile,
        ticketLayout(ticket, {
          wardName: settings.wardName,
          kioskId: deps.kioskId(),
          language,
          ...(procedure === undefined ? {} : { procedure }),
        }),
      ).finally(() => void deps.pollPrinter()),
    queued: deps.wake,
    now,
    logger,
  };

  return {
    lookup: (payload) =>
      lookupDossier(
        {
          askCentral: deps.askCentral,
          kioskRecord: (code) => deps.store.receivedView(code),
          logger,
        },
        payload,
      ),
    rate: (payload) =>
      submitRating(
        { outbox: deps.outbox, queued: deps.wake, now, logger },
        payload,
      ),
    takeTicket: (payload) => takeTicket(tickets, payload),
    listSlots: (payload) => listSlots(tickets, payload),
    requestHelp: (payload) =>
      requestHelp({ queueEvent: deps.queueEvent, logger }, payload),
  };
}
