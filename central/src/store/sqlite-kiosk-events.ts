import type { Database } from 'better-sqlite3';
import type { KioskEvent } from '@motcua/protocol';
import { subjectOf } from '../kiosk/event-subject';
import type { CentralStore, StoredKioskEvent } from './types';

type KioskEventQueries = Pick<
  CentralStore,
  'saveKioskEvent' | 'latestKioskEvents'
>;

/** Health events that kiosks deliver through their outbox. */
export function kioskEventQueries(db: Database): KioskEventQueries {
  const insert = db.prepare(`
    INSERT INTO kiosk_events (msg_id, kiosk_id, subject, kind, at, detail,
      received_at)
    VALUES (@msgId, @kioskId, @subject, @kind, @at, @detail, @receivedAt)
    ON CONFLICT (msg_id) DO NOTHING
  `);
  // SQLite returns the other columns of the row that holds MAX(at).
  const selectLatest = db.prepare(`
    SELECT kiosk_id, kind, MAX(at) AS at, detail FROM kiosk_events
    GROUP BY kiosk_id, subject
  `);

  return {
    async saveKioskEvent(kioskId, event, receivedAt) {
      const result = insert.run({
        msgId: event.msgId,
        kioskId,
        subject: subjectOf(event.kind),
        kind: event.kind,
        // Stored in UTC so that text order is time order.
        at: new Date(event.at).toISOString(),
        detail: event.detail ?? null,
        receivedAt,
      });
      return result.changes === 1;
    },

    async latestKioskEvents() {
      const rows = selectLatest.all() as {
        kiosk_id: string;
        kind: KioskEvent['kind'];
        at: string;
        detail: string | null;
      }[];
      return rows.map((row): StoredKioskEvent => ({
        kioskId: row.kiosk_id,
        kind: row.kind,
        at: row.at,
        ...(row.detail === null ? {} : { detail: row.detail }),
      }));
    },
  };
}
