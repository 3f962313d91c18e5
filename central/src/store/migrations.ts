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
  {
    version: 2,
    sql: `
      -- A kiosk slot exists from the first token issued for it; it is
      -- enrolled once a key is bound. stream_start is the last seq of the
      -- push stream before the latest enrollment: a repaired kiosk starts
      -- from there, not from commands meant for the machine it replaced.
      CREATE TABLE kiosk_slots (
        id TEXT PRIMARY KEY,
        ward TEXT NOT NULL,
        address TEXT NOT NULL,
        public_key TEXT,
        agent_version TEXT,
        enrolled_at TEXT,
        revoked_at TEXT,
        stream_start INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE enrollment_tokens (
        token_sha256 TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL REFERENCES kiosk_slots (id),
        expires_at TEXT NOT NULL,
        used_at TEXT
      );

      CREATE TABLE push_items (
        kiosk_id TEXT NOT NULL REFERENCES kiosk_slots (id),
        seq INTEGER NOT NULL,
        item TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (kiosk_id, seq)
      );

      CREATE TABLE commands (
        id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL REFERENCES kiosk_slots (id),
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        sent_at TEXT,
        finished_at TEXT,
        detail TEXT,
        blob TEXT,
        result_msg_id TEXT UNIQUE
      );
      CREATE INDEX commands_kiosk ON commands (kiosk_id, issued_at);

      CREATE TABLE kiosk_events (
        msg_id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        detail TEXT,
        received_at TEXT NOT NULL
      );
      CREATE INDEX kiosk_events_subject ON kiosk_events (kiosk_id, subject, at);

      CREATE TABLE dossier_attachments (
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        requirement_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        PRIMARY KEY (dossier_id, sha256, requirement_id)
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    sql: `
      -- Staff accounts: password_hash is a self-describing scrypt string
      -- (auth/passwords.ts). A session is found by the SHA-256 of its
      -- cookie value, so a copy of the database does not log anyone in.
      CREATE TABLE staff_users (
        username TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
        updated_at TEXT NOT NULL
      );

      CREATE TABLE staff_sessions (
        id_sha256 TEXT PRIMARY KEY,
        username TEXT NOT NULL REFERENCES staff_users (username)
          ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
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
