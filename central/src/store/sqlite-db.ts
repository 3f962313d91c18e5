import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { AsyncLock } from './lock';
import type { SqlScriptDb } from './sql-db';
import { toSqlValue } from './sql-db';

// `PRAGMA synchronous` reads back 2 for FULL. better-sqlite3 reopens WAL
// databases at NORMAL, where a commit can roll back after a power cut, so
// the setting is forced and then checked on every open.
const SYNCHRONOUS_FULL = 2;
const STATEMENT_CACHE_LIMIT = 500;

/**
 * Opens the SQLite file at `path` as a `SqlDb`: WAL, `synchronous=FULL`
 * (checked), foreign keys on.
 *
 * SQLite reads `$1, $2, …` natively as named parameters, so the query text
 * is used as written and the values are bound by number.
 *
 * One connection serves every caller. An `AsyncLock` orders the callers: a
 * transaction holds it from BEGIN to COMMIT, so statements from elsewhere
 * wait rather than land inside it. Inside `transaction`, use only the `tx`
 * handed to `work`; the outer handle would wait for the lock held by `work`.
 */
export function openSqliteDb(path: string): SqlScriptDb {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const synchronous = db.pragma('synchronous', { simple: true });
    if (synchronous !== SYNCHRONOUS_FULL) {
      throw new Error(
        `${path}: synchronous is ${String(synchronous)}, expected FULL`,
      );
    }
  } catch (error) {
    db.close();
    throw error;
  }

  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      // Queries are mostly fixed text; built ones must not grow this forever.
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const lock = new AsyncLock();
  let savepoints = 0;

  const handle = (inside: boolean): SqlScriptDb => {
    const guard = <T>(work: () => T | Promise<T>): Promise<T> =>
      inside ? Promise.resolve().then(work) : lock.run(work);
    const self: SqlScriptDb = {
      dialect: 'sqlite',
      query<R>(sql: string, params: readonly unknown[] = []) {
        return guard(() => {
          const statement = prepare(sql);
          // Like PostgreSQL, a statement without rows answers no rows.
          if (!statement.reader) {
            statement.run(...bind(params));
            return [];
          }
          return statement.all(...bind(params)) as R[];
        });
      },
      run(sql, params = []) {
        return guard(() => ({
          changes: prepare(sql).run(...bind(params)).changes,
        }));
      },
      exec(script) {
        return guard(() => {
          db.exec(script);
        });
      },
      transaction<T>(work: (tx: SqlScriptDb) => Promise<T>): Promise<T> {
        if (inside) return nested(work);
        return lock.run(async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const result = await work(handle(true));
            db.exec('COMMIT');
            return result;
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw error;
          }
        });
      },
      async close() {
        await lock.run(() => db.close());
      },
    };
    const nested = async <T>(work: (tx: SqlScriptDb) => Promise<T>) => {
      const name = `sp_${++savepoints}`;
      db.exec(`SAVEPOINT ${name}`);
      try {
        const result = await work(self);
        db.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        db.exec(`ROLLBACK TO ${name}`);
        db.exec(`RELEASE ${name}`);
        throw error;
      }
    };
    return self;
  };
  return handle(false);
}

/** `[a, b]` → `{ 1: a, 2: b }` for `$1, $2` (see `toSqlValue`). */
function bind(params: readonly unknown[]): [Record<string, unknown>] | [] {
  if (params.length === 0) return [];
  const named: Record<string, unknown> = {};
  params.forEach((value, index) => {
    named[String(index + 1)] = toSqlValue(value);
  });
  return [named];
}
