import { rm } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import {
  connectKiosk,
  enrollKiosk,
  makeDataDir,
  startTestCentral,
} from '../testing/harness';
import { getConfig, putConfig, WARD_PAYEE } from '../testing/kiosk-config';
import { logInAs, TEST_STAFF } from '../testing/staff-client';

let dataDir: string;

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it('keeps the overrides and the ward payee across a restart and a new enrollment', async () => {
  dataDir = await makeDataDir();
  const first = await startTestCentral({ dataDir, staff: TEST_STAFF });
  const broken = await enrollKiosk(first);
  const admin = await logInAs(first.url, 'admin');
  const set = await putConfig(first.url, broken.kioskId, admin, {
    idleTimeoutSeconds: 240,
    retentionDays: 14,
    payee: WARD_PAYEE,
  });
  await first.stop();

  const second = await startTestCentral({ dataDir, staff: TEST_STAFF });
  const operator = await logInAs(second.url, 'operator');
  const read = await getConfig(second.url, broken.kioskId, operator);
  // The machine is replaced: a new key claims the same slot.
  const repaired = await enrollKiosk(second);
  const kiosk = await connectKiosk(second.url, repaired);
  const pushes = await kiosk.pushCount(3);
  kiosk.socket.close();
  await second.stop();

  const config = {
    wardName: 'Phường Sài Gòn',
    retentionDays: 14,
    idleTimeoutSeconds: 240,
    payee: WARD_PAYEE,
  };
  expect(set).toMatchObject({
    status: 200,
    body: { pushed: [{ kioskId: broken.kioskId, seq: 4 }] },
  });
  expect(read).toMatchObject({
    status: 200,
    body: { config, overrides: { idleTimeoutSeconds: 240, retentionDays: 14 } },
  });
  expect(pushes.map((push) => [push.seq, push.item])).toEqual([
    [5, expect.objectContaining({ kind: 'catalog' })],
    [6, expect.objectContaining({ kind: 'calendar' })],
    [7, { kind: 'config', config }],
  ]);
});
