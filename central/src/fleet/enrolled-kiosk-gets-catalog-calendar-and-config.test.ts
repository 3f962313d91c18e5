import { centralPushSchema } from '@motcua/protocol';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import { connectKiosk, startTestCentral, TEST_SLOT } from '../testing/harness';
import { makeKioskKey, postEnroll } from '../testing/kiosk-client';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

it('binds the key, then streams catalog, calendar and config as seq 1–3', async () => {
  central = await startTestCentral();
  const { token, expiresAt } = await central.central.issueEnrollmentToken({
    ...TEST_SLOT,
    ttlMs: 60_000,
  });
  const key = makeKioskKey();

  const enrolled = await postEnroll(central.url, {
    token,
    publicKey: key.publicKey,
    agentVersion: '0.1.0',
  });
  kiosk = await connectKiosk(central.url, { ...key, kioskId: 'KIOSK-DEV-01' });
  const pushes = await kiosk.pushCount(3);

  expect(token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
  expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
  expect(enrolled).toEqual({
    status: 200,
    body: { ok: true, ...TEST_SLOT },
  });
  for (const push of pushes) {
    expect(centralPushSchema.safeParse(push).success).toBe(true);
  }
  expect(pushes.map((push) => [push.seq, push.item.kind])).toEqual([
    [1, 'catalog'],
    [2, 'calendar'],
    [3, 'config'],
  ]);
  expect(pushes[1]?.item).toMatchObject({
    calendar: {
      version: '2026.1',
      workingSaturdays: ['2026-01-10', '2026-08-22'],
    },
  });
  expect(pushes[2]?.item).toEqual({
    kind: 'config',
    config: {
      wardName: 'Phường Sài Gòn',
      retentionDays: 30,
      idleTimeoutSeconds: 90,
    },
  });
  expect(central.logs.join('')).not.toContain(token);
});
