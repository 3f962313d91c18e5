/**
 * CONTRIBUTORS: the schema of central, one numbered step per entry.
 *
 * - To change the schema, APPEND an entry at the end with the next id
 *   (ids strictly ascending, no gaps needed). Never edit, reorder or remove
 *   a released entry: databases in the field have already run it.
 * - `sql` must run on both SQLite and PostgreSQL. Keep to portable SQL:
 *   TEXT, INTEGER/BIGINT, timestamps as ISO 8601 TEXT in UTC, booleans as
 *   INTEGER 0/1, `ON CONFLICT … DO NOTHING`, `RETURNING`; explicit ids (no
 *   AUTOINCREMENT/SERIAL). When a step truly differs, give
 *   `{ sqlite: '…', postgres: '…' }` instead of a string.
 * - Each entry runs in its own transaction and is recorded in
 *   `schema_migrations`; re-opening a database runs nothing new
 *   (see migrate.ts), which refuses a list whose ids do not ascend.
 */
import type { Migration } from './sql-db';

export const MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: 'dossiers, catalog, kiosks',
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
    id: 2,
    name: 'enrollment, push stream, commands, events, settings',
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
    id: 3,
    name: 'staff users and sessions',
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
  {
    id: 4,
    name: 'alerts, cases, inbox, ward roles, ratings, queue tickets',
    sql: `
      -- Kiosk alerts (alerts/). At most one active (open or acknowledged)
      -- alert per kiosk and rule; resolved ones are the history.
      CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        ward TEXT NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('warning', 'critical')),
        state TEXT NOT NULL
          CHECK (state IN ('open', 'acknowledged', 'resolved')),
        opened_at TEXT NOT NULL,
        acknowledged_at TEXT,
        acknowledged_by TEXT,
        resolved_at TEXT,
        resolved_by TEXT,
        detail TEXT
      );
      CREATE UNIQUE INDEX alerts_one_active ON alerts (kiosk_id, rule)
        WHERE state <> 'resolved';
      CREATE INDEX alerts_opened ON alerts (opened_at);
      CREATE INDEX alerts_kiosk ON alerts (kiosk_id, opened_at);

      -- A case per dossier (cases/): the applicant name is masked here.
      -- closed_at is when it first became done or returned.
      CREATE TABLE cases (
        code TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL UNIQUE,
        procedure_id TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        ward TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        status TEXT NOT NULL,
        level TEXT NOT NULL,
        assignee TEXT,
        updated_at TEXT NOT NULL,
        note TEXT,
        closed_at TEXT
      );
      CREATE INDEX cases_open ON cases (closed_at, due_at);
      CREATE INDEX cases_ward ON cases (ward, received_at);

      -- Who new cases go to, and who hears of late ones, per ward.
      CREATE TABLE ward_roles (
        ward TEXT PRIMARY KEY,
        civil_servant TEXT,
        department_head TEXT,
        agency_head TEXT,
        updated_at TEXT NOT NULL
      );

      -- The deadline inbox: one notification per case and level, ever.
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        recipient TEXT NOT NULL,
        level TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        UNIQUE (code, level)
      );
      CREATE INDEX notifications_recipient
        ON notifications (recipient, created_at);

      -- Resident services delivered by kiosks (figures/), once per msgId.
      CREATE TABLE ratings (
        msg_id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        ward TEXT NOT NULL,
        at TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        dossier_code TEXT,
        procedure_id TEXT,
        received_at TEXT NOT NULL
      );
      CREATE INDEX ratings_ward ON ratings (ward);

      CREATE TABLE queue_tickets (
        msg_id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        ward TEXT NOT NULL,
        number TEXT NOT NULL,
        kind TEXT NOT NULL,
        procedure_id TEXT,
        date TEXT NOT NULL,
        time TEXT,
        issued_at TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE INDEX queue_tickets_ward_date ON queue_tickets (ward, date);
    `,
  },
  {
    id: 5,
    name: 'kiosk configuration overrides, ward fee accounts',
    sql: `
      -- What staff set for one kiosk (fleet/kiosk-config-store.ts); NULL
      -- keeps central's default. Kept by kiosk id, so a new enrollment of
      -- the slot starts from it.
      CREATE TABLE kiosk_config (
        kiosk_id TEXT PRIMARY KEY,
        idle_timeout_seconds INTEGER,
        retention_days INTEGER,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );

      -- The ward's account for fees paid by VietQR, sent to its kiosks.
      CREATE TABLE ward_payees (
        ward TEXT PRIMARY KEY,
        bank_bin TEXT NOT NULL,
        account_number TEXT NOT NULL,
        account_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );
    `,
  },
  {
    id: 6,
    name: 'case deadline pauses while waiting for documents',
    sql: `
      -- cases/pause.ts: when the case entered moreDocuments (NULL when not
      -- paused) and the working days paused so far; due_at already holds
      -- the moved due moment of every finished pause.
      ALTER TABLE cases ADD COLUMN paused_at TEXT;
      ALTER TABLE cases ADD COLUMN paused_days INTEGER NOT NULL DEFAULT 0;
    `,
  },
];
