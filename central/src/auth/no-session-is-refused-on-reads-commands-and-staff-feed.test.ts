import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { connectStaff, startTestCentral } from '../testing/harness';
import { staffFetch, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('answers 401 auth.required without a session, but health stays open', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const { url } = central;

  const answers = await Promise.all([
    staffFetch(`${url}/api/dossiers`),
    staffFetch(`${url}/api/kiosks`),
    staffFetch(`${url}/api/catalog`),
    staffFetch(`${url}/api/kiosks/KIOSK-DEV-01/commands`),
    staffFetch(`${url}/api/kiosks/KIOSK-DEV-01/commands`, {
      method: 'POST',
      body: { name: 'reloadPage' },
    }),
    staffFetch(`${url}/api/session`),
  ]);
  const health = await staffFetch(`${url}/api/health`);

  expect(answers.map((answer) => answer.status)).toEqual([
    401, 401, 401, 401, 401, 401,
  ]);
  expect(answers[0]?.body).toMatchObject({ code: 'auth.required' });
  expect(answers[5]?.body).toMatchObject({ openReads: false });
  expect(health).toMatchObject({ status: 200, body: { ok: true } });
});

it('refuses the /staff feed without a session cookie', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const socket = connectStaff(central.url);

  const error = await new Promise<Error>((resolve) =>
    socket.once('connect_error', resolve),
  );
  socket.close();

  expect(error.message).toBe('auth.required');
});
