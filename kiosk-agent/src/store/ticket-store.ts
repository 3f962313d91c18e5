import type { QueueTicket } from '@motcua/protocol';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from './open-store';
import type { Outbox } from './outbox';

/** The highest number a ticket can carry (`queueTicketSchema`: 3–4 digits). */
export const TICKET_LIMIT = 9999;

/** Letters called out at the counter: A for walk-ins, H for appointments. */
export const TICKET_PREFIX = { walkIn: 'A', appointment: 'H' } as const;

export interface NewTicket {
  readonly kind: QueueTicket['kind'];
  /** The day the ticket is for, `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  readonly day: string;
  readonly time?: string;
  readonly procedureId?: string;
  readonly issuedAt: Date;
  /** For appointments: at most this many at the same day and time. */
  readonly capacity?: number;
}

export type IssueOutcome =
  | {
      readonly kind: 'issued';
      readonly id: string;
      readonly ticket: QueueTicket;
    }
  | { readonly kind: 'full' }
  | { readonly kind: 'limit' };

/**
 * Queue tickets: numbered per kind and day inside the kiosk's store, and
 * committed with their outbox item in one transaction, so a restart goes on
 * with the next number and central hears of every ticket.
 */
export class TicketStore {
  constructor(
    private readonly db: Db,
    private readonly outbox: Outbox,
  ) {}

  issue(input: NewTicket): IssueOutcome {
    const run = this.db.transaction((): IssueOutcome => {
      if (
        input.capacity !== undefined &&
        this.booked(input.day, input.time ?? '') >= input.capacity
      ) {
        return { kind: 'full' };
      }
      const row = this.db
        .prepare(
          `SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM ticket
           WHERE kind = ? AND day = ?`,
        )
        .get(input.kind, input.day) as { next: number };
      if (row.next > TICKET_LIMIT) return { kind: 'limit' };

      const id = uuidv7();
      const ticket: QueueTicket = {
        number: `${TICKET_PREFIX[input.kind]}-${String(row.next).padStart(3, '0')}`,
        kind: input.kind,
        date: input.day,
        issuedAt: input.issuedAt.toISOString(),
        ...(input.time === undefined ? {} : { time: input.time }),
        ...(input.procedureId === undefined
          ? {}
          : { procedureId: input.procedureId }),
      };
      this.db
        .prepare(
          `INSERT INTO ticket (id, kind, day, seq, number, time, procedure_id,
             issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.kind,
          input.day,
          row.next,
          ticket.number,
          input.time ?? null,
          input.procedureId ?? null,
          ticket.issuedAt,
        );
      this.outbox.enqueue('kiosk.ticket', id, input.issuedAt, { ticket });
      return { kind: 'issued', id, ticket };
    });
    return run.immediate();
  }

  /** Appointments already booked at `day` and `time`. */
  booked(day: string, time: string): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM ticket
         WHERE kind = 'appointment' AND day = ? AND time = ?`,
      )
      .get(day, time) as { n: number };
    return row.n;
  }

  /** Drops tickets for days before `day`; they matter to no one here. */
  dropBefore(day: string): number {
    return this.db.prepare('DELETE FROM ticket WHERE day < ?').run(day).changes;
  }
}
