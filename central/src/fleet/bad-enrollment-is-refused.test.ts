import { generateKeyPairSync } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { manualClock, startTestCentral, TEST_SLOT } from '../testing/harness';
import { makeKioskKey, postEnroll } from '../testing/kiosk-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses a token past its lifetime with enroll.token_expired', async () => {
  const clock = manualClock();
  central = await startTestCentral({ now: clock.now });
  const { token } = await central.central.issueEnrollmentToken({
    ...TEST_SLOT,
    ttlMs: 15 * 60_000,
  });

  clock.advance(15 * 60_000);
  const answer = await postEnroll(central.url, {
    token,
    publicKey: makeKioskKey().publicKey,
    agentVersion: '0.1.0',
  });

  expect(answer).toMatchObject({
    status: 410,
    body: { ok: false, error: { code: 'enroll.token_expired' } },
  });
});

it('refuses a token central never issued with enroll.token_unknown', async () => {
  central = await startTestCentral();

  const answer = await postEnroll(central.url, {
    token: 'made-up-token-of-some-length',
    publicKey: makeKioskKey().publicKey,
    agentVersion: '0.1.0',
  });

  expect(answer).toMatchObject({
    status: 401,
    body: { ok: false, error: { code: 'enroll.token_unknown' } },
  });
});

it('refuses an EC key and keeps the token for a good one', async () => {
  central = await startTestCentral();
  const { token } = await central.central.issueEnrollmentToken({
    ...TEST_SLOT,
    ttlMs: 60_000,
  });
  const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ecKey = ec.publicKey.export({ format: 'der', type: 'spki' });

  const refused = await postEnroll(central.url, {
    token,
    publicKey: ecKey.toString('base64'),
    agentVersion: '0.1.0',
  });
  const accepted = await postEnroll(central.url, {
    token,
    publicKey: makeKioskKey().publicKey,
    agentVersion: '0.1.0',
  });

  expect(refused).toMatchObject({
    status: 400,
    body: { ok: false, error: { code: 'enroll.bad_key', field: 'publicKey' } },
  });
  expect(accepted.body.ok).toBe(true);
});

it('refuses a body that fails the kiosk.enroll schema, naming the field', async () => {
  central = await startTestCentral();

  const answer = await postEnroll(central.url, {
    token: 'x'.repeat(20),
    publicKey: makeKioskKey().publicKey,
  });

  expect(answer).toMatchObject({
    status: 400,
    body: { ok: false, error: { code: 'required', field: 'agentVersion' } },
  });
});
