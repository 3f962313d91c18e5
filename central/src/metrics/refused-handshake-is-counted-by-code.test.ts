import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { connectKiosk, startTestCentral } from '../testing/harness';
import { makeKioskKey } from '../testing/kiosk-client';
import { scrapeMetrics } from '../testing/metrics';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('counts a refused handshake under its error code', async () => {
  central = await startTestCentral();
  const stranger = { ...makeKioskKey(), kioskId: 'KIOSK-NOBODY' };
  await expect(connectKiosk(central.url, stranger)).rejects.toMatchObject({
    code: 'kiosk.unenrolled',
  });

  const { samples } = await scrapeMetrics(central.url);

  expect(samples).toContain(
    'motcua_handshakes_refused_total{code="kiosk.unenrolled"} 1',
  );
});
