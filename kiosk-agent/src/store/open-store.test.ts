import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fixtures';
import { MIGRATIONS } from './migrations';
import { openStore } from './open-store';

describe('opening the agent store', () => {
  it('runs WAL with synchronous=FULL, also on a reopen', () => {
    const dir = tempDir();
    openStore(dir).close();

    // A plain reopen of a WAL database comes back at NORMAL (1)…
    const plain = new Database(join(dir, 'agent.sqlite'));
    expect(plain.pragma('synchronous', { simple: true })).toBe(1);
    plain.close();

    // …openStore puts it back to FULL (2) and checks it did.
    const db = openStore(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('applies its migrations once', () => {
    const dir = tempDir();
    openStore(dir).close();
    const db = openStore(dir);
    const version = db.prepare('SELECT version FROM schema_version').all();
    expect(version).toEqual([{ version: MIGRATIONS.length }]);
    db.close();
  });
});
