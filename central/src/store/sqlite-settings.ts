import type { Database } from 'better-sqlite3';
import type { CalendarData, Procedure } from '@motcua/protocol';
import type { CentralStore } from './types';

type SettingQueries = Pick<
  CentralStore,
  | 'publishCatalog'
  | 'readCalendar'
  | 'saveCalendar'
  | 'touchKiosk'
  | 'kioskLastSeen'
>;

/** The catalog, the calendar and kiosk last-seen times. */
export function settingQueries(db: Database): SettingQueries {
  const selectCatalog = db.prepare(
    'SELECT seq, procedures FROM catalog WHERE id = 1',
  );
  const upsertCatalog = db.prepare(`
    INSERT INTO catalog (id, seq, procedures, published_at)
    VALUES (1, @seq, @procedures, @publishedAt)
    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq,
      procedures = excluded.procedures, published_at = excluded.published_at
  `);
  const selectSetting = db.prepare('SELECT value FROM settings WHERE key = ?');
  const upsertSetting = db.prepare(`
    INSERT INTO settings (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
  `);
  const upsertKiosk = db.prepare(`
    INSERT INTO kiosks (id, last_seen) VALUES (?, ?)
    ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen
  `);
  const selectKiosks = db.prepare('SELECT id, last_seen FROM kiosks');

  const publish = db.transaction((procedures: Procedure[]) => {
    const json = JSON.stringify(procedures);
    const row = selectCatalog.get() as
      { seq: number; procedures: string } | undefined;
    if (row !== undefined && row.procedures === json) {
      return { seq: row.seq, procedures };
    }
    const seq = row === undefined ? 1 : row.seq + 1;
    upsertCatalog.run({
      seq,
      procedures: json,
      publishedAt: new Date().toISOString(),
    });
    return { seq, procedures };
  });

  return {
    async publishCatalog(procedures) {
      return publish(procedures);
    },

    async readCalendar() {
      const row = selectSetting.get('calendar') as
        { value: string } | undefined;
      return row === undefined
        ? undefined
        : (JSON.parse(row.value) as CalendarData);
    },

    async saveCalendar(calendar) {
      upsertSetting.run('calendar', JSON.stringify(calendar));
    },

    async touchKiosk(kioskId, lastSeen) {
      upsertKiosk.run(kioskId, lastSeen);
    },

    async kioskLastSeen() {
      const rows = selectKiosks.all() as { id: string; last_seen: string }[];
      return new Map(rows.map((row) => [row.id, row.last_seen]));
    },
  };
}
