import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { CentralOptions } from '../server';
import type { TestCentral } from './harness';
import { startTestCentral } from './harness';

/** The shared test server (trust auth); MOTCUA_TEST_DATABASE_URL overrides. */
export const TEST_POSTGRES_URL =
  process.env['MOTCUA_TEST_DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  readonly name: string;
  /** The server URL with `search_path` set to this schema on connect. */
  readonly url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * A fresh schema on the shared PostgreSQL, so that concurrent test runs
 * (and other helpers' tests) never see each other's tables.
 */
export async function createTestSchema(): Promise<TestSchema> {
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(`DROP SCHEMA IF EXISTS ${name} CASCADE`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A real central on loopback whose store is a fresh PostgreSQL schema;
 * `dispose` also drops the schema (`stop` keeps it, for restart tests).
 */
export async function startPostgresCentral(
  overrides: Partial<CentralOptions> = {},
): Promise<TestCentral & { readonly schema: TestSchema }> {
  const schema = await createTestSchema();
  let central: TestCentral;
  try {
    central = await startTestCentral({
      ...overrides,
      databaseUrl: schema.url,
    });
  } catch (error) {
    await schema.drop();
    throw error;
  }
  return {
    ...central,
    schema,
    async dispose() {
      await central.dispose();
      await schema.drop();
    },
  };
}
