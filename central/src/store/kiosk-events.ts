import type { KioskEvent } from '@motcua/protocol';
import { subjectOf } from '../kiosk/event-subject';
import type { SqlDb } from './sql-db';
import type { CentralStore, StoredKioskEvent } from './types';

type KioskEventQueries = Pick<
  CentralStore,
  'saveKioskEvent' | 'latestKioskEvents'
>;

// The newest event per kiosk and subject; ties on `at` go to the one
// received last, then to the highest msg_id, so the answer is one row.
const SELECT_LATEST = `
  SELECT kiosk_id, kind, at, detail FROM (
    SELECT kiosk_id, subject, kind, at, detail, ROW_NUMBER() OVER (
      PARTITION BY kiosk_id, subject
      ORDER BY at DESC, received_at DESC, msg_id DESC
    ) AS rank
    FROM kiosk_events
  ) ranked
  WHERE rank = 1
  ORDER BY kiosk_id, subject
`;

/** Health events that kiosks deliver through their outbox. */
export function kioskEventQueries(db: SqlDb): KioskEventQueries {
  return {
    async saveKioskEvent(kioskId, event, receivedAt) {
      const { changes } = await db.run(
        `INSERT INTO kiosk_events (msg_id, kiosk_id, subject, kind, at,
           detail, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (msg_id) DO NOTHING`,
        [
          event.msgId,
          kioskId,
          subjectOf(event.kind),
          event.kind,
          // Stored in UTC so that text order is time order.
          new Date(event.at).toISOString(),
          event.detail ?? null,
          receivedAt,
        ],
      );
      return changes === 1;
    },

    async latestKioskEvents() {
      const rows = await db.query<{
        kiosk_id: string;
        kind: KioskEvent['kind'];
        at: string;
        detail: string | null;
      }>(SELECT_LATEST);
      return rows.map((row): StoredKioskEvent => ({
        kioskId: row.kiosk_id,
        kind: row.kind,
        at: row.at,
        ...(row.detail === null ? {} : { detail: row.detail }),
      }));
    },
  };
}
