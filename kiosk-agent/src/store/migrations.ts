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
    -- Applicant, form values and attachment list, AES-GCM sealed. Emptied
    -- once central has the dossier: only the masked name stays.
    sealed BLOB,
    masked_name TEXT NOT NULL,
    printed_at TEXT,
    delivered_at TEXT,
    purged_at TEXT
  );
  CREATE TABLE attachment (
    sha256 TEXT NOT NULL,
    dossier_id TEXT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    requirement_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    PRIMARY KEY (dossier_id, sha256)
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
    payload TEXT,
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
  CREATE TABLE command (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('started', 'done', 'failed')),
    started_at TEXT NOT NULL,
    finished_at TEXT
  );
  CREATE TABLE kiosk_identity (
    kiosk_id TEXT PRIMARY KEY,
    ward TEXT NOT NULL,
    address TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
  );
  `,
  `
  -- Queue numbers and appointments issued by this kiosk. No personal data.
  -- \`day\` is the date the ticket is for, in Asia/Ho_Chi_Minh; numbers run
  -- per kind and day, so a restart continues and a new day starts at 1.
  CREATE TABLE ticket (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('walkIn', 'appointment')),
    day TEXT NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    time TEXT,
    procedure_id TEXT,
    issued_at TEXT NOT NULL,
    UNIQUE (kind, day, seq)
  );
  CREATE INDEX ticket_slot ON ticket (kind, day, time);
  `,
];
