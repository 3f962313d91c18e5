import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { dossierQueries } from './sqlite-dossiers';
import { enrollmentQueries } from './sqlite-enrollment';
import { kioskEventQueries } from './sqlite-kiosk-events';
import { pushQueries } from './sqlite-push';
import { settingQueries } from './sqlite-settings';
import { staffQueries } from './sqlite-staff';
import type { CentralStore } from './types';

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

  return {
    info: { path, schemaVersion },
    ...dossierQueries(db),
    ...settingQueries(db),
    ...enrollmentQueries(db),
    ...pushQueries(db),
    ...kioskEventQueries(db),
    ...staffQueries(db),
    async close() {
      db.close();
    },
  };
}
