import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import { deliver, sampleDelivery, startWithKiosk } from '../testing/harness';
import { expectWellFormed, scrapeMetrics } from '../testing/metrics';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

it('counts one received dossier and one duplicate after a retry', async () => {
  ({ central, kiosk } = await startWithKiosk());
  const first = sampleDelivery();
  await deliver(kiosk.socket, first);
  await deliver(kiosk.socket, { ...first, msgId: randomUUID() });

  const scraped = await scrapeMetrics(central.url);

  expect(scraped.status).toBe(200);
  expect(scraped.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
  expect(scraped.samples).toContain('motcua_dossiers_received_total 1');
  expect(scraped.samples).toContain('motcua_dossier_duplicates_total 1');
  expect(scraped.text).toContain(
    '# TYPE motcua_dossiers_received_total counter\n',
  );
  expectWellFormed(scraped.samples);
});
