import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { startTestCentral } from '../testing/harness';
import {
  getConfig,
  putConfig,
  settledKiosk,
  WARD_PAYEE,
} from '../testing/kiosk-config';
import { logInAs, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses an operator, a viewer and a request without CSRF, and pushes nothing', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const { url } = central;
  const { kioskId, kiosk } = await settledKiosk(central);
  const [admin, operator, viewer] = await Promise.all([
    logInAs(url, 'admin'),
    logInAs(url, 'operator'),
    logInAs(url, 'viewer'),
  ]);
  const change = { idleTimeoutSeconds: 45, payee: WARD_PAYEE };

  const byOperator = await putConfig(url, kioskId, operator, change);
  const byViewer = await putConfig(url, kioskId, viewer, change);
  const withoutCsrf = await putConfig(
    url,
    kioskId,
    { ...admin, csrfToken: 'not-the-token' },
    change,
  );
  const viewerReads = await getConfig(url, kioskId, viewer);
  const operatorReads = await getConfig(url, kioskId, operator);
  // Nothing was queued: the kiosk's next item is this command.
  await central.central.sendCommand(kioskId, 'reloadPage');
  const pushes = await kiosk.pushCount(4);
  kiosk.socket.close();

  for (const refused of [byOperator, byViewer]) {
    expect(refused).toMatchObject({
      status: 403,
      body: { code: 'auth.forbidden' },
    });
  }
  expect(withoutCsrf).toMatchObject({
    status: 403,
    body: { code: 'auth.csrf' },
  });
  expect(viewerReads.status).toBe(403);
  expect(operatorReads).toMatchObject({
    status: 200,
    body: {
      config: { idleTimeoutSeconds: 90, retentionDays: 30 },
      overrides: { idleTimeoutSeconds: null, retentionDays: null },
    },
  });
  expect(operatorReads.body).not.toHaveProperty('config.payee');
  expect(pushes.map((push) => push.item.kind)).toEqual([
    'catalog',
    'calendar',
    'config',
    'command',
  ]);
});
