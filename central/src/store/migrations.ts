import type { Database } from 'better-sqlite3';

interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Append only: a released migration is never edited, only followed. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        kiosk_id TEXT NOT NULL,
        procedure_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        return_date TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX dossiers_received_at ON dossiers (received_at);
      CREATE INDEX dossiers_kiosk ON dossiers (kiosk_id, received_at);

      CREATE TABLE catalog (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        procedures TEXT NOT NULL,
        published_at TEXT NOT NULL
      );

      CREATE TABLE kiosks (
        id TEXT PRIMARY KEY,
        last_seen TEXT NOT NULL
      );
    `,
  },
];

/** Brings the schema up to date, one transaction per migration. */
export function migrate(db: Database): number {
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      applied_at TEXT NOT NULL
    )
  `);
  const row = db
    .prepare('SELECT MAX(version) AS version FROM schema_migrations')
    .get() as { version: number | null };
  const current = row.version ?? 0;

  const record = db.prepare(
    'INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)',
  );
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    })();
  }
  return migrations.at(-1)?.version ?? current;
}
