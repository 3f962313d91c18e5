import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { startTestCentral } from '../testing/harness';
import { scrapeMetrics } from '../testing/metrics';
import { staffFetch, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('serves metrics on loopback without a session while reads need one', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });

  const scraped = await scrapeMetrics(central.url);
  const kiosks = await staffFetch(`${central.url}/api/kiosks`);

  expect(scraped.status).toBe(200);
  const rss = scraped.samples.find((line) =>
    line.startsWith('process_resident_memory_bytes '),
  );
  expect(Number(rss?.split(' ')[1])).toBeGreaterThan(0);
  expect(kiosks.status).toBe(401);
});
