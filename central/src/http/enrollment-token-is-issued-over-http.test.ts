import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { postJson, startTestCentral } from '../testing/harness';
import { makeKioskKey, postEnroll } from '../testing/kiosk-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('issues a token for a new slot that a kiosk can then claim', async () => {
  central = await startTestCentral({ allowOpenAdmin: true });

  const issued = await postJson(`${central.url}/api/enrollment-tokens`, {
    kioskId: 'KIOSK-Q1-02',
    ward: 'Phường Bến Thành',
    address: '135 Nam Kỳ Khởi Nghĩa',
    ttlMs: 10 * 60_000,
  });
  const { token } = issued.body as { token: string };
  const enrolled = await postEnroll(central.url, {
    token,
    publicKey: makeKioskKey().publicKey,
    agentVersion: '0.1.0',
  });

  expect(issued).toMatchObject({
    status: 201,
    body: { token: expect.any(String), expiresAt: expect.any(String) },
  });
  expect(enrolled.body).toMatchObject({ ok: true, kioskId: 'KIOSK-Q1-02' });
});

it('refuses a slot without a ward, naming it', async () => {
  central = await startTestCentral({ allowOpenAdmin: true });

  const answer = await postJson(`${central.url}/api/enrollment-tokens`, {
    kioskId: 'KIOSK-Q1-02',
  });

  expect(answer).toMatchObject({
    status: 400,
    body: { code: 'invalid_value', message: 'Invalid ward' },
  });
});
