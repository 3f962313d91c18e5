import type {
  Language,
  PrintOutcome,
  ProtocolError,
  QueueSlot,
  QueueTake,
  QueueTicket,
} from '@motcua/protocol';

/** One day offered for an appointment, and why it cannot be chosen. */
export interface AppointmentDay {
  /** `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  readonly date: string;
  readonly state: 'open' | 'full' | 'closed';
  /** Times with places left; empty unless `open`. */
  readonly slots: readonly QueueSlot[];
}

export type TicketKind = QueueTake['kind'];

/** The ticket's instruction line is printed in the resident's language. */
export interface QueueTicketInput {
  readonly language: Language;
}

export interface QueueTicketContext {
  readonly language: Language;
  readonly kind: TicketKind | null;
  readonly days: readonly AppointmentDay[];
  readonly date: string | null;
  readonly time: string | null;
  readonly ticket: QueueTicket | null;
  readonly print: PrintOutcome | null;
  readonly error: ProtocolError | null;
}

export type QueueTicketEvent =
  | { type: 'resident.walkIn' }
  | { type: 'resident.appointment' }
  | { type: 'resident.chooseDate'; date: string }
  | { type: 'resident.chooseTime'; time: string }
  | { type: 'resident.confirm' }
  | { type: 'resident.retry' }
  | { type: 'resident.back' }
  | { type: 'resident.finish' };

/** What `listDays` resolves to: a failure is a value, not a throw. */
export type DaysOutcome =
  | { readonly ok: true; readonly days: readonly AppointmentDay[] }
  | { readonly ok: false; readonly error: ProtocolError };

/** What `takeTicket` resolves to. */
export type TakeOutcome =
  | {
      readonly ok: true;
      readonly ticket: QueueTicket;
      readonly print: PrintOutcome;
    }
  | { readonly ok: false; readonly error: ProtocolError };

export interface QueueTicketOutput {
  readonly next: 'home' | 'done';
}
