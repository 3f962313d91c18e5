import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { connectKiosk, startTestCentral, TEST_SLOT } from '../testing/harness';
import { makeKioskKey } from '../testing/kiosk-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses a kiosk id central has never seen with kiosk.unenrolled', async () => {
  central = await startTestCentral();

  const refusal = connectKiosk(central.url, {
    ...makeKioskKey(),
    kioskId: 'KIOSK-NOBODY',
  });

  await expect(refusal).rejects.toMatchObject({ code: 'kiosk.unenrolled' });
});

it('refuses a slot whose token was issued but never claimed', async () => {
  central = await startTestCentral();
  await central.central.issueEnrollmentToken({ ...TEST_SLOT, ttlMs: 60_000 });

  const refusal = connectKiosk(central.url, {
    ...makeKioskKey(),
    kioskId: TEST_SLOT.kioskId,
  });

  await expect(refusal).rejects.toMatchObject({ code: 'kiosk.unenrolled' });
});
