import { join } from 'node:path';
import Database from 'better-sqlite3';
import type {
  CatalogSnapshot,
  DossierRecord,
  Procedure,
} from '@motcua/protocol';
import { migrate } from './migrations';
import type { CentralStore, SaveDossierOutcome } from './types';

export const CENTRAL_DB_FILE = 'central.sqlite';

// `PRAGMA synchronous` reads back 2 for FULL. better-sqlite3 reopens WAL
// databases at NORMAL, where a commit can roll back after a power cut, so
// the setting is forced and then checked on every open.
const SYNCHRONOUS_FULL = 2;

export interface SqliteStoreInfo {
  readonly path: string;
  readonly schemaVersion: number;
}

/** Opens (and migrates) `<dataDir>/central.sqlite`. */
export function openSqliteStore(
  dataDir: string,
): CentralStore & { readonly info: SqliteStoreInfo } {
  const path = join(dataDir, CENTRAL_DB_FILE);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const synchronous = db.pragma('synchronous', { simple: true });
  if (synchronous !== SYNCHRONOUS_FULL) {
    db.close();
    throw new Error(
      `${path}: synchronous is ${String(synchronous)}, expected FULL`,
    );
  }
  const schemaVersion = migrate(db);

  const insertDossier = db.prepare(`
    INSERT INTO dossiers (id, code, kiosk_id, procedure_id, received_at,
      return_date, applicant_name, stored_at, record)
    VALUES (@id, @code, @kioskId, @procedureId, @receivedAt, @returnDate,
      @applicantName, @storedAt, @record)
    ON CONFLICT (id) DO NOTHING
  `);
  const selectByCode = db.prepare('SELECT record FROM dossiers WHERE code = ?');
  const selectRecent = db.prepare(
    'SELECT record FROM dossiers ORDER BY received_at DESC, rowid DESC LIMIT ?',
  );
  const selectCatalog = db.prepare(
    'SELECT seq, procedures FROM catalog WHERE id = 1',
  );
  const upsertCatalog = db.prepare(`
    INSERT INTO catalog (id, seq, procedures, published_at)
    VALUES (1, @seq, @procedures, @publishedAt)
    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq,
      procedures = excluded.procedures, published_at = excluded.published_at
  `);
  const upsertKiosk = db.prepare(`
    INSERT INTO kiosks (id, last_seen) VALUES (?, ?)
    ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen
  `);
  const selectKiosks = db.prepare('SELECT id, last_seen FROM kiosks');

  const save = db.transaction((record: DossierRecord): SaveDossierOutcome => {
    const result = insertDossier.run({
      id: record.id,
      code: record.code,
      kioskId: record.kioskId,
      procedureId: record.procedureId,
      // Stored in UTC so that text order is time order.
      receivedAt: new Date(record.receivedAt).toISOString(),
      returnDate: record.returnDate,
      applicantName: record.applicant.fullName,
      storedAt: new Date().toISOString(),
      record: JSON.stringify(record),
    });
    return result.changes === 1 ? { kind: 'inserted' } : { kind: 'duplicate' };
  });

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

  const parseRows = (rows: unknown[]) =>
    rows.map((row) => JSON.parse((row as { record: string }).record));

  return {
    info: { path, schemaVersion },

    async saveDossier(record) {
      try {
        return save(record);
      } catch (error) {
        if (isUniqueViolation(error, 'dossiers.code')) {
          return { kind: 'codeTaken' };
        }
        throw error;
      }
    },

    async findDossierByCode(code) {
      const row = selectByCode.get(code) as { record: string } | undefined;
      return row === undefined ? undefined : JSON.parse(row.record);
    },

    async recentDossiers(limit) {
      return parseRows(selectRecent.all(limit)) as DossierRecord[];
    },

    async publishCatalog(procedures): Promise<CatalogSnapshot> {
      return publish(procedures);
    },

    async touchKiosk(kioskId, lastSeen) {
      upsertKiosk.run(kioskId, lastSeen);
    },

    async kioskLastSeen() {
      const rows = selectKiosks.all() as { id: string; last_seen: string }[];
      return new Map(rows.map((row) => [row.id, row.last_seen]));
    },

    async close() {
      db.close();
    },
  };
}

function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes(column)
  );
}
