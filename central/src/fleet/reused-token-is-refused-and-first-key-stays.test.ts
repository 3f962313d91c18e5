import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { connectKiosk, startTestCentral, TEST_SLOT } from '../testing/harness';
import { makeKioskKey, postEnroll } from '../testing/kiosk-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses a second claim of a token with enroll.token_used', async () => {
  central = await startTestCentral();
  const { token } = await central.central.issueEnrollmentToken({
    ...TEST_SLOT,
    ttlMs: 60_000,
  });
  const first = makeKioskKey();
  const thief = makeKioskKey();

  await postEnroll(central.url, {
    token,
    publicKey: first.publicKey,
    agentVersion: '1',
  });
  const reused = await postEnroll(central.url, {
    token,
    publicKey: thief.publicKey,
    agentVersion: '1',
  });

  expect(reused).toMatchObject({
    status: 409,
    body: { ok: false, error: { code: 'enroll.token_used', field: 'token' } },
  });
  const kiosk = await connectKiosk(central.url, {
    ...first,
    kioskId: TEST_SLOT.kioskId,
  });
  expect(kiosk.socket.connected).toBe(true);
  kiosk.socket.close();
  await expect(
    connectKiosk(central.url, { ...thief, kioskId: TEST_SLOT.kioskId }),
  ).rejects.toMatchObject({ code: 'kiosk.bad_signature' });
});
