import pg from 'pg';
import type { PoolClient, QueryResultRow } from 'pg';
import type { SqlScriptDb } from './sql-db';
import { toSqlValue } from './sql-db';

const INT8_OID = 20;

// BIGINT and COUNT(*) arrive as text from the server; central's numbers
// (sequence numbers, sizes, counts) fit a JS number, so they are converted,
// and one that would not is an error rather than a silent rounding.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID && format !== 'binary') {
      return (text: string) => {
        const value = Number(text);
        if (!Number.isSafeInteger(value)) {
          throw new Error(`BIGINT ${text} does not fit a JS number`);
        }
        return value;
      };
    }
    return pg.types.getTypeParser(oid, format);
  },
};

// Every transaction first takes this lock, keyed by the schema: like the
// embedded store, transactions run one after another, across every node
// of central. Reads outside a transaction do not wait.
// TODO(postgres-scale): one lock per schema bounds write throughput; if the
// fleet outgrows it, lock per kiosk or per table instead.
const TX_LOCK = 'SELECT pg_advisory_xact_lock(hashtext(current_schema()), 0)';

/**
 * Opens a `pg` pool on `url` as a `SqlDb`. A transaction takes one client
 * from the pool for BEGIN … COMMIT (ROLLBACK on error); inside it, use
 * only the `tx` handed to `work`.
 */
export function openPostgresDb(url: string): SqlScriptDb {
  const pool = new pg.Pool({ connectionString: url, types });
  // An idle client losing its server must not crash the process; the next
  // query gets a fresh client.
  pool.on('error', () => undefined);
  let ending: Promise<void> | undefined;

  type Runner = Pick<PoolClient, 'query'>;
  const handle = (runner: Runner, client?: PoolClient): SqlScriptDb => {
    let savepoints = 0;
    const self: SqlScriptDb = {
      dialect: 'postgres',
      async query<R>(sql: string, params: readonly unknown[] = []) {
        const result = await runner.query<QueryResultRow>(
          sql,
          params.map(toSqlValue),
        );
        return result.rows as R[];
      },
      async run(sql, params = []) {
        const result = await runner.query(sql, params.map(toSqlValue));
        return { changes: result.rowCount ?? 0 };
      },
      async exec(script) {
        await runner.query(script);
      },
      async transaction<T>(work: (tx: SqlScriptDb) => Promise<T>) {
        if (client !== undefined) {
          const name = `sp_${++savepoints}`;
          await client.query(`SAVEPOINT ${name}`);
          try {
            const result = await work(self);
            await client.query(`RELEASE SAVEPOINT ${name}`);
            return result;
          } catch (error) {
            await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
            throw error;
          }
        }
        return inTransaction(work);
      },
      async close() {
        if (client === undefined) await (ending ??= pool.end());
      },
    };
    return self;
  };

  const inTransaction = async <T>(
    work: (tx: SqlScriptDb) => Promise<T>,
  ): Promise<T> => {
    const client = await pool.connect();
    let broken: unknown;
    try {
      await client.query('BEGIN');
      await client.query(TX_LOCK);
      const result = await work(handle(client, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection is unusable: drop it instead of pooling it.
        broken = rollbackError;
      }
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  };

  return handle(pool);
}

/** The URL with its password replaced by `***`, for logs. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    if (parsed.searchParams.has('password')) {
      parsed.searchParams.set('password', '***');
    }
    return parsed.toString();
  } catch {
    return '(unparsable database URL)';
  }
}
