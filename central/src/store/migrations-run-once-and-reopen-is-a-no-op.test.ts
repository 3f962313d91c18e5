import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

const ALL_IDS = MIGRATIONS.map((migration) => migration.id);
const NEXT = (ALL_IDS.at(-1) ?? 0) + 1;

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('applies every migration once; a re-open applies none', async () => {
    const first = await place.open();
    expect(first.info).toMatchObject({
      dialect,
      schemaVersion: ALL_IDS.at(-1),
      migrationsApplied: ALL_IDS,
    });
    await first.close();

    const second = await place.open();
    expect(second.info.migrationsApplied).toEqual([]);
    expect(second.info.schemaVersion).toBe(ALL_IDS.at(-1));
    const rows = await second.db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual(ALL_IDS);
  });

  // Several central nodes share one PostgreSQL; the embedded file belongs
  // to one central process, whose single connection cannot race itself.
  it.runIf(dialect === 'postgres')(
    'applies each migration once when two nodes open at once',
    async () => {
      const [a, b] = await Promise.all([place.open(), place.open()]);
      const applied = [
        ...a.info.migrationsApplied,
        ...b.info.migrationsApplied,
      ];
      expect(applied.sort((x, y) => x - y)).toEqual(ALL_IDS);
    },
  );

  it('runs an appended step, per dialect, and rolls back a failing one', async () => {
    const store = await place.open();
    const appended = [
      ...MIGRATIONS,
      {
        id: NEXT,
        name: 'test table',
        sql: {
          sqlite: 'CREATE TABLE appended (n INTEGER NOT NULL)',
          postgres: 'CREATE TABLE appended (n BIGINT NOT NULL)',
        },
      },
    ];
    expect(await migrate(store.db, appended)).toEqual({
      version: NEXT,
      applied: [NEXT],
    });
    await store.db.run('INSERT INTO appended (n) VALUES ($1)', [2 ** 40]);
    expect(await store.db.query('SELECT n FROM appended')).toEqual([
      { n: 2 ** 40 },
    ]);

    const broken = [
      ...appended,
      {
        id: NEXT + 1,
        name: 'half done',
        sql: 'CREATE TABLE half (n INTEGER); CREATE TABLE half (n INTEGER)',
      },
    ];
    await expect(migrate(store.db, broken)).rejects.toThrow();
    const tables = await store.db.query(
      'SELECT version FROM schema_migrations WHERE version = $1',
      [NEXT + 1],
    );
    expect(tables).toEqual([]);
    // The half-made table went with the transaction.
    await expect(store.db.query('SELECT n FROM half')).rejects.toThrow();
  });

  it('refuses a list whose ids do not ascend', async () => {
    const store = await place.open();
    const shuffled = [MIGRATIONS[1], MIGRATIONS[0]].filter(
      (migration) => migration !== undefined,
    );
    await expect(migrate(store.db, shuffled)).rejects.toThrow(
      /append at the end/,
    );
  });
});
