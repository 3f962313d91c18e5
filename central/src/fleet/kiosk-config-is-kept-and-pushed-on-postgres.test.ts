import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  getConfig,
  putConfig,
  settledKiosk,
  WARD_PAYEE,
} from '../testing/kiosk-config';
import { startPostgresCentral } from '../testing/postgres';
import { logInAs, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('stores the overrides and the ward payee in PostgreSQL and pushes them', async () => {
  central = await startPostgresCentral({ staff: TEST_STAFF });
  const { url } = central;
  const { kioskId, kiosk } = await settledKiosk(central);
  const admin = await logInAs(url, 'admin');

  await putConfig(url, kioskId, admin, {
    retentionDays: 7,
    payee: WARD_PAYEE,
  });
  const reset = await putConfig(url, kioskId, admin, {
    retentionDays: null,
  });
  const pushes = await kiosk.pushCount(5);
  const read = await getConfig(url, kioskId, admin);
  kiosk.socket.close();

  const config = {
    wardName: 'Phường Sài Gòn',
    retentionDays: 7,
    idleTimeoutSeconds: 90,
    payee: WARD_PAYEE,
  };
  expect(pushes.slice(3)).toEqual([
    { seq: 4, item: { kind: 'config', config } },
    {
      seq: 5,
      item: { kind: 'config', config: { ...config, retentionDays: 30 } },
    },
  ]);
  expect(reset.body).toMatchObject({ pushed: [{ seq: 5 }] });
  expect(read.body).toMatchObject({
    config: { retentionDays: 30, payee: WARD_PAYEE },
    overrides: { idleTimeoutSeconds: null, retentionDays: null },
  });
});
