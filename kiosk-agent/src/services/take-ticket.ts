import type {
  CalendarData,
  Language,
  Logger,
  PrintOutcome,
  Procedure,
  ProtocolError,
  QueueSlotsAnswer,
  QueueTakeAnswer,
  QueueTicket,
} from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { TicketStore } from '../store/ticket-store';
import { bookableTimes, checkAppointment, checkWalkIn } from './ticket-rules';

export interface TicketDeps {
  readonly tickets: TicketStore;
  readonly calendar: () => CalendarData;
  readonly procedures: () => readonly Procedure[];
  readonly appointmentsPerSlot: () => number;
  /** Prints a committed ticket. Called only after the commit. */
  readonly print: (
    ticket: QueueTicket,
    language: Language,
    procedure: Procedure | undefined,
  ) => Promise<PrintOutcome>;
  /** A ticket was queued for central. */
  readonly queued: () => void;
  readonly now: () => Date;
  readonly logger: Logger;
}

function refuse(deps: TicketDeps, error: ProtocolError) {
  deps.logger.log('ticket-refused', 'failure', { error });
  return { ok: false as const, error };
}

/**
 * `queue.take`: checks the day and time against the office hours and the
 * working-day calendar, numbers and commits the ticket with its outbox
 * item, and only then prints it.
 */
export async function takeTicket(
  deps: TicketDeps,
  payload: unknown,
): Promise<QueueTakeAnswer> {
  const parsed = parseMessage('queue.take', payload);
  if (!parsed.ok) return refuse(deps, parsed.error);
  const take = parsed.value;

  let procedure: Procedure | undefined;
  if (take.procedureId !== undefined) {
    procedure = deps.procedures().find((p) => p.id === take.procedureId);
    if (procedure === undefined) {
      return refuse(
        deps,
        protocolError(
          'unknown_procedure',
          `Procedure ${take.procedureId} is not offered at this kiosk`,
          'procedureId',
        ),
      );
    }
  }

  const now = deps.now();
  let day: string;
  let time: string;
  if (take.kind === 'walkIn') {
    const open = checkWalkIn(now, deps.calendar());
    if (!open.ok) return refuse(deps, open.error);
    ({ date: day, time } = open.value);
  } else {
    const fits = checkAppointment(take.date, take.time, now, deps.calendar());
    if (!fits.ok) return refuse(deps, fits.error);
    day = take.date;
    time = take.time;
  }

  const outcome = deps.tickets.issue({
    kind: take.kind,
    day,
    time,
    issuedAt: now,
    ...(procedure === undefined ? {} : { procedureId: procedure.id }),
    ...(take.kind === 'appointment'
      ? { capacity: deps.appointmentsPerSlot() }
      : {}),
  });
  switch (outcome.kind) {
    case 'full':
      return refuse(
        deps,
        protocolError('slot_full', `${day} ${time} is fully booked`, 'time'),
      );
    case 'limit':
      return refuse(
        deps,
        protocolError('daily_limit', `No more numbers for ${day}`),
      );
    case 'issued':
      break;
    default: {
      const unhandled: never = outcome;
      throw new Error(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }

  const { ticket } = outcome;
  deps.logger.log('ticket-issued', 'success', {
    number: ticket.number,
    kind: ticket.kind,
    date: ticket.date,
  });
  deps.queued();
  const print = await deps.print(ticket, take.language ?? 'vi', procedure);
  if (print !== 'printed') {
    deps.logger.log('slip-print-failed', 'failure', {
      ticket: ticket.number,
      print,
    });
  }
  return { ok: true, ticket, print };
}

/** `queue.slots`: the day's appointment times and the places left. */
export function listSlots(
  deps: TicketDeps,
  payload: unknown,
): QueueSlotsAnswer {
  const parsed = parseMessage('queue.slots', payload);
  if (!parsed.ok) return refuse(deps, parsed.error);
  const { date } = parsed.value;

  const times = bookableTimes(date, deps.now(), deps.calendar());
  if (!times.ok) return refuse(deps, times.error);
  const capacity = deps.appointmentsPerSlot();
  return {
    ok: true,
    date,
    slots: times.value.map((time) => ({
      time,
      free: Math.max(0, capacity - deps.tickets.booked(date, time)),
    })),
  };
}
