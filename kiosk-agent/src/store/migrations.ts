/** Applied in order, once each; never edit a released entry, add one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE dossier (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    kiosk_id TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    language TEXT NOT NULL,
    received_at TEXT NOT NULL,
    return_date TEXT NOT NULL,
    sealed BLOB NOT NULL,
    masked_name TEXT NOT NULL,
    printed_at TEXT,
    delivered_at TEXT
  );
  CREATE TABLE day_sequence (
    day TEXT PRIMARY KEY,
    last INTEGER NOT NULL
  );
  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    msg_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'acked', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_error TEXT
  );
  CREATE INDEX outbox_pending ON outbox (state, seq);
  CREATE TABLE inbox (
    stream TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    body TEXT NOT NULL
  );
  `,
];
