import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { startTestCentral } from '../testing/harness';
import { staffFetch, tryLogin } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('serves reads without login when no account exists, and says so', async () => {
  central = await startTestCentral();

  const dossiers = await staffFetch(`${central.url}/api/dossiers`);
  const session = await staffFetch(`${central.url}/api/session`);
  const token = await staffFetch(`${central.url}/api/enrollment-tokens`, {
    method: 'POST',
    body: { kioskId: 'KIOSK-Q1-02', ward: 'Phường Bến Thành' },
  });

  expect(dossiers.status).toBe(200);
  expect(session).toMatchObject({ status: 401, body: { openReads: true } });
  expect(token.status).toBe(401);
  expect(central.logs.join('')).toContain('"staff-open-reads"');
});

it('creates the development accounts only on an empty store', async () => {
  central = await startTestCentral({ devStaff: true });

  const operator = await tryLogin(central.url, 'operator', 'operator');
  const dossiers = await staffFetch(`${central.url}/api/dossiers`);

  expect(operator).toMatchObject({ status: 200, body: { role: 'operator' } });
  expect(dossiers.status).toBe(401);
  expect(central.logs.join('')).toContain('"staff-dev-accounts"');
});
