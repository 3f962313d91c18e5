import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '../testing/postgres';
import type { OpenedStore, StoreLocation } from './central-store';
import { openCentralStore } from './central-store';
import type { SqlDialect } from './sql-db';

// For the contract tests: the same scenarios run on both dialects, each in
// a place of its own (a temp folder; a fresh PostgreSQL schema).

export const DIALECTS: readonly SqlDialect[] = ['sqlite', 'postgres'];

export interface TestStorePlace {
  readonly location: StoreLocation;
  /** Opens (and migrates) a store here; closed again by `cleanup`. */
  open(): Promise<OpenedStore>;
  /** Closes every store opened here, then removes the place. */
  cleanup(): Promise<void>;
}

export async function makeTestStorePlace(
  dialect: SqlDialect,
): Promise<TestStorePlace> {
  const dataDir = await mkdtemp(join(tmpdir(), 'motcua-store-'));
  const schema = dialect === 'postgres' ? await createTestSchema() : undefined;
  const location: StoreLocation =
    schema === undefined ? { dataDir } : { dataDir, databaseUrl: schema.url };
  const opened: OpenedStore[] = [];
  return {
    location,
    async open() {
      const store = await openCentralStore(location);
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.map((store) => store.close()));
      await schema?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
