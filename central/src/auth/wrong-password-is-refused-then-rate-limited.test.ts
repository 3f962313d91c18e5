import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { manualClock, startTestCentral } from '../testing/harness';
import { TEST_STAFF, tryLogin } from '../testing/staff-client';
import { LOGIN_LIMIT } from './login-limiter';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses wrong passwords, then even the right one until the window passes', async () => {
  const clock = manualClock(new Date('2026-12-03T02:00:00Z'));
  central = await startTestCentral({ staff: TEST_STAFF, now: clock.now });
  const { username, password } = TEST_STAFF[1];

  const wrong = [];
  for (let attempt = 0; attempt < LOGIN_LIMIT.failures; attempt += 1) {
    wrong.push(await tryLogin(central.url, username, 'sai mật khẩu'));
  }
  const limited = await tryLogin(central.url, username, password);
  const otherUser = await tryLogin(
    central.url,
    TEST_STAFF[2].username,
    TEST_STAFF[2].password,
  );
  clock.advance(LOGIN_LIMIT.windowMs);
  const later = await tryLogin(central.url, username, password);

  expect(wrong.map((answer) => answer.status)).toEqual(
    Array<number>(LOGIN_LIMIT.failures).fill(401),
  );
  expect(wrong[0]?.body).toMatchObject({ code: 'auth.refused' });
  expect(limited).toMatchObject({
    status: 429,
    body: { code: 'auth.rate_limited' },
  });
  expect(otherUser.status).toBe(200);
  expect(later).toMatchObject({ status: 200, body: { username } });
  expect(central.logs.join('')).toContain('"staff-login-rate-limited"');
});
