import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import {
  connectKiosk,
  deliver,
  enrollKiosk,
  getJson,
  sampleDelivery,
  startTestCentral,
} from '../testing/harness';
import type { TestSchema } from '../testing/postgres';
import { createTestSchema } from '../testing/postgres';

let schema: TestSchema;
const dataDirs: string[] = [];

afterEach(async () => {
  await schema.drop();
  await Promise.all(
    dataDirs.map((dir) => rm(dir, { recursive: true, force: true })),
  );
});

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'motcua-central-pg-'));
  dataDirs.push(dir);
  return dir;
}

function storeOpened(logs: string[]): Record<string, unknown> | undefined {
  return logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line['event'] === 'store-opened');
}

it('keeps a dossier a kiosk delivered over socket.io in PostgreSQL, across nodes', async () => {
  schema = await createTestSchema();
  // Trust auth ignores the password; it is here to be masked in the log.
  const url = new URL(schema.url);
  url.password = 'pg-secret-pw';
  const databaseUrl = url.toString();

  const first = await startTestCentral({
    dataDir: await freshDataDir(),
    databaseUrl,
  });
  const key = await enrollKiosk(first);
  const kiosk = await connectKiosk(first.url, key);
  await kiosk.pushCount(3);
  const delivery = sampleDelivery();
  const answer = await deliver(kiosk.socket, delivery);
  kiosk.socket.close();
  await first.stop();

  // Another node on the same database, with nothing on its own disk.
  const second = await startTestCentral({
    dataDir: await freshDataDir(),
    databaseUrl,
  });
  const again = await connectKiosk(second.url, key, { lastSeq: 3 });
  const [dossiers, redelivered] = await Promise.all([
    getJson(`${second.url}/api/dossiers`),
    deliver(again.socket, delivery),
  ]);
  again.socket.close();
  await second.stop();

  expect(answer).toMatchObject({ ok: true });
  expect(answer).not.toMatchObject({ duplicate: true });
  expect(redelivered).toMatchObject({ ok: true, duplicate: true });
  expect(dossiers.body).toMatchObject([{ id: delivery.dossier.id }]);
  expect(storeOpened(first.logs)).toMatchObject({
    dialect: 'postgres',
    location: expect.stringContaining(`:***@127.0.0.1:5432/test`),
  });
  expect(storeOpened(second.logs)).toMatchObject({ migrationsApplied: [] });
  expect([...first.logs, ...second.logs].join('')).not.toContain(
    'pg-secret-pw',
  );
});
