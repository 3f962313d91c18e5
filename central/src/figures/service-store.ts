import type { KioskRating, KioskTicket } from '@motcua/protocol';
import type { SqlDb } from '../store/sql-db';

/** What ratings and tickets give the figures, per ward. */
export interface RatingSum {
  readonly ward: string;
  readonly ratings: number;
  readonly scoreSum: number;
}

/**
 * Satisfaction ratings and queue tickets that kiosks deliver through their
 * outbox; each is stored once per msgId, with the ward of its kiosk.
 */
export class ServiceStore {
  constructor(private readonly db: SqlDb) {}

  /** False when this msgId was stored before (a redelivery). */
  async saveRating(
    kioskId: string,
    ward: string,
    rating: KioskRating,
    receivedAt: string,
  ): Promise<boolean> {
    const { changes } = await this.db.run(
      `INSERT INTO ratings (msg_id, kiosk_id, ward, at, score, dossier_code,
         procedure_id, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING`,
      [
        rating.msgId,
        kioskId,
        ward,
        new Date(rating.at).toISOString(),
        rating.score,
        rating.dossierCode ?? null,
        rating.procedureId ?? null,
        receivedAt,
      ],
    );
    return changes === 1;
  }

  async saveTicket(
    kioskId: string,
    ward: string,
    message: KioskTicket,
    receivedAt: string,
  ): Promise<boolean> {
    const { ticket } = message;
    const { changes } = await this.db.run(
      `INSERT INTO queue_tickets (msg_id, kiosk_id, ward, number, kind,
         procedure_id, date, time, issued_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT DO NOTHING`,
      [
        message.msgId,
        kioskId,
        ward,
        ticket.number,
        ticket.kind,
        ticket.procedureId ?? null,
        ticket.date,
        ticket.time ?? null,
        new Date(ticket.issuedAt).toISOString(),
        receivedAt,
      ],
    );
    return changes === 1;
  }

  async ratingSums(): Promise<RatingSum[]> {
    return this.db.query<RatingSum>(
      `SELECT ward, COUNT(*) AS ratings, SUM(score) AS "scoreSum"
       FROM ratings GROUP BY ward`,
    );
  }

  /** Tickets per ward for one day (`YYYY-MM-DD`, Asia/Ho_Chi_Minh). */
  async ticketsOn(date: string): Promise<Map<string, number>> {
    const rows = await this.db.query<{ ward: string; tickets: number }>(
      `SELECT ward, COUNT(*) AS tickets FROM queue_tickets
       WHERE date = $1 GROUP BY ward`,
      [date],
    );
    return new Map(rows.map((row) => [row.ward, row.tickets]));
  }
}
