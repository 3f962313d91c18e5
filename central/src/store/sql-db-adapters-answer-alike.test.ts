import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDb } from './sql-db';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  let db: SqlDb;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
    const store = await place.open();
    await store.db.exec(`
      CREATE TABLE scratch (id TEXT PRIMARY KEY, n BIGINT NOT NULL,
        flag INTEGER NOT NULL, at TEXT)
    `);
    db = store.db;
  });
  afterEach(() => place.cleanup());

  it('binds $n in any order, maps values, and counts as numbers', async () => {
    const inserted = await db.query<{ id: string; n: number }>(
      `INSERT INTO scratch (id, n, flag, at) VALUES ($2, $1, $3, $4)
       RETURNING id, n`,
      [2 ** 40, 'a', true, new Date('2026-12-03T16:00:00+07:00')],
    );
    const { changes } = await db.run(
      'INSERT INTO scratch (id, n, flag) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      ['a', 1, false],
    );
    const rows = await db.query(
      'SELECT id, n, flag, at, COUNT(*) OVER () AS total FROM scratch WHERE id = $1 OR id = $1',
      ['a'],
    );
    const none = await db.query('UPDATE scratch SET n = n + 1 WHERE id = $1', [
      'missing',
    ]);

    expect(inserted).toEqual([{ id: 'a', n: 2 ** 40 }]);
    expect(changes).toBe(0);
    expect(rows).toEqual([
      {
        id: 'a',
        n: 2 ** 40,
        flag: 1,
        at: '2026-12-03T09:00:00.000Z',
        total: 1,
      },
    ]);
    expect(none).toEqual([]);
  });

  it('rolls back a failed transaction and a failed nested one only', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO scratch (id, n, flag) VALUES ($1, 1, 0)', [
          'gone',
        ]);
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');

    await db.transaction(async (tx) => {
      await tx.run("INSERT INTO scratch (id, n, flag) VALUES ('kept', 1, 0)");
      await tx
        .transaction(async (inner) => {
          await inner.run(
            "INSERT INTO scratch (id, n, flag) VALUES ('inner', 1, 0)",
          );
          throw new Error('inner failed');
        })
        .catch(() => undefined);
    });

    const ids = await db.query<{ id: string }>(
      'SELECT id FROM scratch ORDER BY id',
    );
    expect(ids.map((row) => row.id)).toEqual(['kept']);
  });

  it('runs transactions one at a time across their awaits', async () => {
    await db.run("INSERT INTO scratch (id, n, flag) VALUES ('c', 0, 0)");
    const bump = () =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<{ n: number }>(
          "SELECT n FROM scratch WHERE id = 'c'",
        );
        // Yield to the other callers between the read and the write.
        await new Promise((resolve) => setImmediate(resolve));
        await tx.run("UPDATE scratch SET n = $1 WHERE id = 'c'", [
          (row?.n ?? 0) + 1,
        ]);
      });

    await Promise.all(Array.from({ length: 6 }, bump));

    expect(await db.query("SELECT n FROM scratch WHERE id = 'c'")).toEqual([
      { n: 6 },
    ]);
  });
});

it('refuses a PostgreSQL BIGINT that a JS number cannot hold', async () => {
  const place = await makeTestStorePlace('postgres');
  try {
    const { db } = await place.open();
    await expect(
      db.query('SELECT CAST($1 AS BIGINT) AS n', ['9007199254740993']),
    ).rejects.toThrow(/does not fit/);
  } finally {
    await place.cleanup();
  }
});
