import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** SQLite's number for `synchronous=FULL`. */
const SYNCHRONOUS_FULL = 2;

export class StoreDurabilityError extends Error {
  override readonly name = 'StoreDurabilityError';
}

/**
 * Opens the agent's store in WAL mode with `synchronous=FULL` and checks
 * both by reading them back: better-sqlite3 reopens WAL databases at NORMAL,
 * under which a committed dossier could vanish after a power cut.
 */
export function openStore(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'agent.sqlite'));

  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');

  const journal = db.pragma('journal_mode', { simple: true });
  const synchronous = db.pragma('synchronous', { simple: true });
  if (journal !== 'wal' || synchronous !== SYNCHRONOUS_FULL) {
    db.close();
    throw new StoreDurabilityError(
      `store must run WAL with synchronous=FULL, got ` +
        `journal_mode=${String(journal)} synchronous=${String(synchronous)}`,
    );
  }

  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)',
  );
  const row = db.prepare('SELECT version FROM schema_version').get() as
    { version: number } | undefined;
  const current = row?.version ?? 0;

  const apply = db.transaction(() => {
    for (const [index, sql] of MIGRATIONS.entries()) {
      if (index + 1 > current) db.exec(sql);
    }
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(
      MIGRATIONS.length,
    );
  });
  apply();
}
