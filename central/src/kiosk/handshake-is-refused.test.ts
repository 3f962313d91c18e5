import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { connectKiosk, startTestCentral } from '../testing/harness';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('refuses a wrong token with kiosk.unauthorized', async () => {
  central = await startTestCentral();

  const refusal = connectKiosk(central.url, { token: 'guessed-token' });

  await expect(refusal).rejects.toMatchObject({ code: 'kiosk.unauthorized' });
  expect(central.logs.join('')).not.toContain('guessed-token');
});

it('refuses an unknown kiosk with kiosk.unauthorized', async () => {
  central = await startTestCentral();

  const refusal = connectKiosk(central.url, { kioskId: 'KIOSK-NOBODY' });

  await expect(refusal).rejects.toMatchObject({ code: 'kiosk.unauthorized' });
});

it('refuses another protocol version with unsupported_version', async () => {
  central = await startTestCentral();

  const refusal = connectKiosk(central.url, { protocolVersion: 99 });

  await expect(refusal).rejects.toMatchObject({
    code: 'unsupported_version',
    field: 'protocolVersion',
  });
});

it('accepts a kiosk configured with its own credentials', async () => {
  central = await startTestCentral({
    kiosks: [{ id: 'KIOSK-Q1-07', token: 'secret-07' }],
  });

  const kiosk = await connectKiosk(central.url, {
    kioskId: 'KIOSK-Q1-07',
    token: 'secret-07',
  });

  expect(kiosk.socket.connected).toBe(true);
  kiosk.socket.close();
});
