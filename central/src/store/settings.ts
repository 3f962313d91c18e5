import type { CalendarData } from '@motcua/protocol';
import type { SqlDb } from './sql-db';
import type { CentralStore } from './types';

type SettingQueries = Pick<
  CentralStore,
  | 'publishCatalog'
  | 'readCalendar'
  | 'saveCalendar'
  | 'touchKiosk'
  | 'kioskLastSeen'
>;

const UPSERT_CATALOG = `
  INSERT INTO catalog (id, seq, procedures, published_at) VALUES (1, $1, $2, $3)
  ON CONFLICT (id) DO UPDATE SET seq = excluded.seq,
    procedures = excluded.procedures, published_at = excluded.published_at
`;

/** The catalog, the calendar and kiosk last-seen times. */
export function settingQueries(db: SqlDb): SettingQueries {
  return {
    publishCatalog(procedures) {
      return db.transaction(async (tx) => {
        const json = JSON.stringify(procedures);
        const [row] = await tx.query<{ seq: number; procedures: string }>(
          'SELECT seq, procedures FROM catalog WHERE id = 1',
        );
        if (row !== undefined && row.procedures === json) {
          return { seq: row.seq, procedures };
        }
        const seq = row === undefined ? 1 : row.seq + 1;
        await tx.run(UPSERT_CATALOG, [seq, json, new Date().toISOString()]);
        return { seq, procedures };
      });
    },

    async readCalendar() {
      const [row] = await db.query<{ value: string }>(
        'SELECT value FROM settings WHERE key = $1',
        ['calendar'],
      );
      return row === undefined
        ? undefined
        : (JSON.parse(row.value) as CalendarData);
    },

    async saveCalendar(calendar) {
      await db.run(
        `INSERT INTO settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        ['calendar', JSON.stringify(calendar)],
      );
    },

    async touchKiosk(kioskId, lastSeen) {
      await db.run(
        `INSERT INTO kiosks (id, last_seen) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen`,
        [kioskId, lastSeen],
      );
    },

    async kioskLastSeen() {
      const rows = await db.query<{ id: string; last_seen: string }>(
        'SELECT id, last_seen FROM kiosks',
      );
      return new Map(rows.map((row) => [row.id, row.last_seen]));
    },
  };
}
