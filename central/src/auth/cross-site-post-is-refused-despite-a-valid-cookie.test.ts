import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { enrollKiosk, startTestCentral } from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('answers 403 auth.csrf to a wrong Origin, a missing token or no Origin', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const kiosk = await enrollKiosk(central);
  const admin = await logInAs(central.url, 'admin');
  const commands = `${central.url}/api/kiosks/${kiosk.kioskId}/commands`;
  const post = { method: 'POST', body: { name: 'reloadPage' } };

  const answers = await Promise.all([
    staffFetch(commands, { ...admin, ...post, origin: 'https://evil.test' }),
    staffFetch(commands, { ...post, cookie: admin.cookie }),
    staffFetch(commands, { ...admin, ...post, csrfToken: 'guessed' }),
    staffFetch(commands, { ...admin, ...post, origin: null }),
    staffFetch(`${central.url}/api/session`, {
      method: 'POST',
      body: { username: 'an.admin', password: 'anything' },
      origin: 'https://evil.test',
    }),
  ]);
  const listed = await staffFetch(commands, admin);

  for (const answer of answers) {
    expect(answer).toMatchObject({ status: 403, body: { code: 'auth.csrf' } });
  }
  expect(listed.body).toEqual([]);
});
