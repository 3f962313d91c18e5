import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { startTestCentral } from '../testing/harness';
import { TEST_STAFF } from '../testing/staff-client';
import { openSqliteStore } from '../store/sqlite';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('keeps only a salted scrypt hash, unchanged by a second boot', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  await central.stop();
  const firstBootLogs = central.logs.join('');
  central = await startTestCentral({
    dataDir: central.dataDir,
    staff: TEST_STAFF,
  });
  await central.stop();

  const files = (await readdir(central.dataDir)).filter((name) =>
    name.startsWith('central.sqlite'),
  );
  const bytes = Buffer.concat(
    await Promise.all(
      files.map((name) => readFile(join(central.dataDir, name))),
    ),
  );
  const store = await openSqliteStore(central.dataDir);
  const admin = await store.findStaffUser('an.admin');
  const viewer = await store.findStaffUser('chi.viewer');
  await store.close();

  for (const { password } of TEST_STAFF) {
    expect(bytes.includes(Buffer.from(password))).toBe(false);
  }
  expect(admin?.passwordHash).toMatch(/^scrypt\$/);
  expect(admin?.passwordHash.split('$')[4]).not.toBe(
    viewer?.passwordHash.split('$')[4],
  );
  expect(firstBootLogs.match(/"staff-seeded"/g)).toHaveLength(3);
  expect(central.logs.join('')).not.toContain('"staff-seeded"');
});
