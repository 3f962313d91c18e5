import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { enrollKiosk, startTestCentral } from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('queues an operator command, but refuses the operator a token', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const { url } = central;
  const kiosk = await enrollKiosk(central);
  const operator = await logInAs(url, 'operator');

  const command = await staffFetch(
    `${url}/api/kiosks/${kiosk.kioskId}/commands`,
    { ...operator, method: 'POST', body: { name: 'reloadPage' } },
  );
  const listed = await staffFetch(
    `${url}/api/kiosks/${kiosk.kioskId}/commands`,
    operator,
  );
  const token = await staffFetch(`${url}/api/enrollment-tokens`, {
    ...operator,
    method: 'POST',
    body: { kioskId: 'KIOSK-Q1-02', ward: 'Phường Bến Thành' },
  });

  expect(command).toMatchObject({
    status: 202,
    body: { commandId: expect.any(String) },
  });
  expect(listed.body).toMatchObject([{ name: 'reloadPage', status: 'queued' }]);
  expect(token).toMatchObject({
    status: 403,
    body: { code: 'auth.forbidden' },
  });
});

it('issues an enrollment token to an admin', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const admin = await logInAs(central.url, 'admin');

  const token = await staffFetch(`${central.url}/api/enrollment-tokens`, {
    ...admin,
    method: 'POST',
    body: { kioskId: 'KIOSK-Q1-02', ward: 'Phường Bến Thành' },
  });

  expect(token.status).toBe(201);
});
