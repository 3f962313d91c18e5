import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  manualClock,
  signHandshake,
  startTestCentral,
} from '../testing/harness';
import { makeKioskKey } from '../testing/kiosk-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses a proof signed by another key with kiosk.bad_signature', async () => {
  central = await startTestCentral();
  const kiosk = await enrollKiosk(central);

  const refusal = connectKiosk(central.url, { ...kiosk, ...makeKioskKey() });

  await expect(refusal).rejects.toMatchObject({
    code: 'kiosk.bad_signature',
    field: 'signature',
  });
});

it('refuses a signature that does not cover the stated signedAt', async () => {
  central = await startTestCentral();
  const kiosk = await enrollKiosk(central);
  const honest = signHandshake(kiosk);

  const refusal = connectKiosk(central.url, kiosk, {
    auth: {
      signature: honest.signature,
      signedAt: new Date(Date.parse(honest.signedAt) + 1000).toISOString(),
    },
  });

  await expect(refusal).rejects.toMatchObject({ code: 'kiosk.bad_signature' });
});

it('refuses a captured handshake played again with kiosk.replayed', async () => {
  central = await startTestCentral();
  const kiosk = await enrollKiosk(central);
  const captured = signHandshake(kiosk);
  const first = await connectKiosk(central.url, kiosk, { auth: captured });
  first.socket.close();

  const refusal = connectKiosk(central.url, kiosk, { auth: captured });

  await expect(refusal).rejects.toMatchObject({ code: 'kiosk.replayed' });
});

it('refuses a proof signed 6 minutes off central time with kiosk.clock_skew', async () => {
  const clock = manualClock(new Date('2026-12-03T03:00:00.000Z'));
  central = await startTestCentral({ now: clock.now });
  const kiosk = await enrollKiosk(central);
  const early = signHandshake(kiosk, {
    signedAt: new Date('2026-12-03T02:54:00.000Z'),
  });
  const closeEnough = signHandshake(kiosk, {
    signedAt: new Date('2026-12-03T03:04:00.000Z'),
  });

  const refusal = connectKiosk(central.url, kiosk, { auth: early });
  await expect(refusal).rejects.toMatchObject({
    code: 'kiosk.clock_skew',
    field: 'signedAt',
  });
  const accepted = await connectKiosk(central.url, kiosk, {
    auth: closeEnough,
  });

  expect(accepted.socket.connected).toBe(true);
  accepted.socket.close();
});

it('refuses another protocol version before anything else', async () => {
  central = await startTestCentral();

  const refusal = connectKiosk(
    central.url,
    { ...makeKioskKey(), kioskId: 'KIOSK-NOBODY' },
    { auth: { protocolVersion: 99 } },
  );

  await expect(refusal).rejects.toMatchObject({
    code: 'unsupported_version',
    field: 'protocolVersion',
  });
});
