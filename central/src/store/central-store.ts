import { join } from 'node:path';
import { dossierQueries } from './dossiers';
import { enrollmentQueries } from './enrollment';
import { kioskEventQueries } from './kiosk-events';
import type { MigrationReport } from './migrate';
import { migrate } from './migrate';
import { maskDatabaseUrl, openPostgresDb } from './postgres-db';
import { pushQueries } from './push';
import { settingQueries } from './settings';
import type { SqlDb, SqlDialect, SqlScriptDb } from './sql-db';
import { openSqliteDb } from './sqlite-db';
import { staffQueries } from './staff';
import type { CentralStore } from './types';

export const CENTRAL_DB_FILE = 'central.sqlite';

export interface StoreLocation {
  /** Folder of the embedded `central.sqlite` (and, elsewhere, the blobs). */
  readonly dataDir: string;
  /** `postgres://…`: use PostgreSQL instead of the embedded file. */
  readonly databaseUrl?: string;
}

export interface StoreInfo {
  readonly dialect: SqlDialect;
  /** The SQLite file, or the PostgreSQL URL with its password masked. */
  readonly location: string;
  readonly schemaVersion: number;
  /** Migration ids applied by this open; empty when already up to date. */
  readonly migrationsApplied: number[];
}

export type OpenedStore = CentralStore & {
  readonly info: StoreInfo;
  /** The database under the store, for modules that keep their own tables. */
  readonly db: SqlScriptDb;
};

/** The one `CentralStore`, on whichever database `db` is. */
export function centralStoreOn(db: SqlDb): CentralStore {
  return {
    ...dossierQueries(db),
    ...settingQueries(db),
    ...enrollmentQueries(db),
    ...pushQueries(db),
    ...kioskEventQueries(db),
    ...staffQueries(db),
    close: () => db.close(),
  };
}

/**
 * Opens and migrates central's database: PostgreSQL when `databaseUrl` is
 * given, else the embedded `<dataDir>/central.sqlite`.
 */
export async function openCentralStore(
  location: StoreLocation,
): Promise<OpenedStore> {
  const { databaseUrl } = location;
  const usePostgres = databaseUrl !== undefined && databaseUrl !== '';
  const path = join(location.dataDir, CENTRAL_DB_FILE);
  const db: SqlScriptDb = usePostgres
    ? openPostgresDb(databaseUrl)
    : openSqliteDb(path);
  let report: MigrationReport;
  try {
    report = await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    ...centralStoreOn(db),
    db,
    info: {
      dialect: db.dialect,
      location: usePostgres ? maskDatabaseUrl(databaseUrl) : path,
      schemaVersion: report.version,
      migrationsApplied: report.applied,
    },
  };
}
