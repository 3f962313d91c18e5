import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { manualClock, startTestCentral } from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';
import { SESSION_TTL_MS } from './staff-auth';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('forgets the session on logout and clears the cookie', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const session = `${central.url}/api/session`;
  const viewer = await logInAs(central.url, 'viewer');

  const before = await staffFetch(session, viewer);
  const logout = await staffFetch(session, { ...viewer, method: 'DELETE' });
  const after = await staffFetch(session, viewer);
  const read = await staffFetch(`${central.url}/api/dossiers`, viewer);

  expect(before).toMatchObject({
    status: 200,
    body: { username: 'chi.viewer', role: 'viewer' },
  });
  expect(logout.status).toBe(200);
  expect(logout.setCookie).toContain('Max-Age=0');
  expect(after.status).toBe(401);
  expect(read.status).toBe(401);
});

it('sets an httpOnly strict cookie that expires with the session', async () => {
  const clock = manualClock();
  central = await startTestCentral({ staff: TEST_STAFF, now: clock.now });
  const login = await staffFetch(`${central.url}/api/session`, {
    method: 'POST',
    body: { username: 'chi.viewer', password: 'chỉ xem thôi' },
  });
  const cookie = login.setCookie?.split(';')[0] ?? '';

  clock.advance(SESSION_TTL_MS);
  const expired = await staffFetch(`${central.url}/api/session`, { cookie });

  expect(login.setCookie).toMatch(/HttpOnly/);
  expect(login.setCookie).toMatch(/SameSite=Strict/);
  expect(expired.status).toBe(401);
});
