import { MIGRATIONS } from './migrations';
import type { Migration, SqlScriptDb } from './sql-db';
import { migrationSql } from './sql-db';

export interface MigrationReport {
  /** The highest migration id now applied. */
  readonly version: number;
  /** Ids applied by this call; empty when the schema was up to date. */
  readonly applied: number[];
}

/**
 * Brings the schema up to date: every migration not yet recorded in
 * `schema_migrations` runs in its own transaction, in id order. Several
 * nodes may start at once: transactions run one at a time (see the
 * adapters), and each step checks inside its own whether it already ran.
 */
export async function migrate(
  db: SqlScriptDb,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  checkOrder(migrations);
  await db.transaction(async (tx) => {
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TEXT NOT NULL
      )
    `);
  });

  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      const done = await tx.query<{ version: number }>(
        'SELECT version FROM schema_migrations WHERE version = $1',
        [migration.id],
      );
      if (done.length > 0) return false;
      await tx.exec(migrationSql(migration, tx.dialect));
      await tx.run(
        'INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)',
        [migration.id, new Date().toISOString()],
      );
      return true;
    });
    if (ran) applied.push(migration.id);
  }

  const [row] = await db.query<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  );
  return { version: row?.version ?? 0, applied };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (!Number.isInteger(migration.id) || migration.id < 1) {
      throw new Error(`migration ${migration.name}: bad id ${migration.id}`);
    }
    if (previous !== undefined && migration.id <= previous.id) {
      throw new Error(
        `migration ${migration.id} (${migration.name}) must come after ` +
          `${previous.id} (${previous.name}): ids ascend, append at the end`,
      );
    }
  });
}
