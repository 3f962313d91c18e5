import { v7 as uuidv7 } from 'uuid';
import type { Db } from './open-store';

export type OutboxKind =
  | 'dossier.deliver'
  | 'kiosk.event'
  | 'command.result'
  | 'kiosk.rating'
  | 'kiosk.ticket';

export interface OutboxItem {
  readonly seq: number;
  readonly msgId: string;
  readonly kind: OutboxKind;
  /** The dossier id, command id, event kind, ticket id or rating ref. */
  readonly ref: string;
  /** The message body for items that carry their own (events, results). */
  readonly payload: string | null;
  readonly attempts: number;
}

/**
 * Everything central must receive, in order, at least once: rows stay
 * `pending` until central acknowledges them after its own commit, or turn
 * `dead` when central refuses them for good.
 */
export class Outbox {
  constructor(private readonly db: Db) {}

  /** Call inside the transaction that creates what the item is about. */
  enqueue(kind: OutboxKind, ref: string, at: Date, payload?: unknown): string {
    const msgId = uuidv7();
    this.db
      .prepare(
        `INSERT INTO outbox (msg_id, kind, ref, payload, state, created_at)
         VALUES (?, ?, ?, ?, 'pending', ?)`,
      )
      .run(
        msgId,
        kind,
        ref,
        payload === undefined ? null : JSON.stringify(payload),
        at.toISOString(),
      );
    return msgId;
  }

  /** Pending items due at `nowMs`, oldest first. */
  due(nowMs: number, limit: number): OutboxItem[] {
    return this.db
      .prepare(
        `SELECT seq, msg_id AS msgId, kind, ref, payload, attempts FROM outbox
         WHERE state = 'pending' AND next_at <= ? ORDER BY seq LIMIT ?`,
      )
      .all(nowMs, limit) as OutboxItem[];
  }

  /** When the earliest pending item becomes due, if any. */
  nextDueAt(): number | undefined {
    const row = this.db
      .prepare(`SELECT MIN(next_at) AS at FROM outbox WHERE state = 'pending'`)
      .get() as { at: number | null };
    return row.at ?? undefined;
  }

  markAcked(item: OutboxItem): void {
    this.db
      .prepare(`UPDATE outbox SET state = 'acked' WHERE msg_id = ?`)
      .run(item.msgId);
  }

  scheduleRetry(item: OutboxItem, nextAtMs: number, error: string): void {
    this.db
      .prepare(
        `UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ?
         WHERE msg_id = ?`,
      )
      .run(nextAtMs, error, item.msgId);
  }

  markDead(item: OutboxItem, error: string): void {
    this.db
      .prepare(
        `UPDATE outbox SET state = 'dead', attempts = attempts + 1,
           last_error = ? WHERE msg_id = ?`,
      )
      .run(error, item.msgId);
  }

  backlog(now: Date): { pending: number; oldestAgeSeconds: number | null } {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM outbox
         WHERE state = 'pending'`,
      )
      .get() as { pending: number; oldest: string | null };
    const oldestAgeSeconds =
      row.oldest === null
        ? null
        : Math.max(
            0,
            Math.floor((now.getTime() - Date.parse(row.oldest)) / 1000),
          );
    return { pending: row.pending, oldestAgeSeconds };
  }

  states(): Record<string, number> {
    const rows = this.db
      .prepare('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state')
      .all() as { state: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }
}
