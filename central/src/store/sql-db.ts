/**
 * The one database surface every store module is written against. The
 * embedded SQLite adapter (sqlite-db.ts) and the PostgreSQL adapter
 * (postgres-db.ts) both implement it, so a query is written once.
 *
 * Portable SQL only: TEXT, INTEGER/BIGINT, timestamps as ISO 8601 TEXT in
 * UTC (text order is time order), booleans as INTEGER 0/1,
 * `INSERT … ON CONFLICT … DO NOTHING`, `RETURNING`. Placeholders are
 * `$1, $2, …` in both dialects. Numbers come back as JS numbers in both
 * (PostgreSQL BIGINT and COUNT(*) included).
 */
export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlDb {
  readonly dialect: SqlDialect;
  /** Rows of a query. Placeholders are $1, $2, … in both dialects. */
  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** A statement without rows; says how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
  /** Runs `work` in one transaction; other callers wait until it ends. */
  transaction<T>(work: (tx: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One schema step; `sql` runs in both dialects unless split per dialect. */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string | { readonly sqlite: string; readonly postgres: string };
}

/**
 * What the adapters give the migration runner on top of `SqlDb`: a script
 * of several statements without parameters (schema steps).
 */
export interface SqlScriptDb extends SqlDb {
  exec(script: string): Promise<void>;
  transaction<T>(work: (tx: SqlScriptDb) => Promise<T>): Promise<T>;
}

/**
 * A unique-constraint violation, in either dialect; with `on`, only one on
 * that table and column (SQLite names it `table.column`, PostgreSQL
 * `table_column_key`).
 */
export function isUniqueViolation(
  error: unknown,
  on?: { readonly table: string; readonly column: string },
): boolean {
  if (!(error instanceof Error)) return false;
  const { code, constraint } = error as Error & {
    code?: unknown;
    constraint?: unknown;
  };
  if (code === '23505') {
    return on === undefined || constraint === `${on.table}_${on.column}_key`;
  }
  if (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  ) {
    return (
      on === undefined || error.message.includes(`${on.table}.${on.column}`)
    );
  }
  return false;
}

/**
 * A parameter as both adapters bind it: booleans as 0/1, dates as ISO 8601
 * UTC text, undefined as NULL; anything else as given.
 */
export function toSqlValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** The SQL of a migration for one dialect. */
export function migrationSql(migration: Migration, dialect: SqlDialect) {
  return typeof migration.sql === 'string'
    ? migration.sql
    : migration.sql[dialect];
}
