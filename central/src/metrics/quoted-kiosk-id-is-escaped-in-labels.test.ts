import type { KioskHeartbeat } from '@motcua/protocol';
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  startTestCentral,
} from '../testing/harness';
import { expectWellFormed, scrapeMetrics } from '../testing/metrics';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

it('escapes a quote and a backslash in a kiosk label', async () => {
  const kioskId = 'KIOSK "B"\\2';
  central = await startTestCentral();
  kiosk = await connectKiosk(
    central.url,
    await enrollKiosk(central, { kioskId }),
  );
  const heartbeat: KioskHeartbeat = {
    kioskId,
    sentAt: '2026-12-03T02:20:00.000Z',
    uptimeSeconds: 60,
    agentVersion: '0.1.0',
    devices: [],
    outbox: { pending: 0, oldestAgeSeconds: null },
    freeDiskBytes: 8_000_000_000,
  };
  kiosk.socket.emit('kiosk.heartbeat', heartbeat);
  await kiosk.socket.timeout(5_000).emitWithAck('kiosk.event', {
    msgId: randomUUID(),
    kind: 'printer.ready',
    at: '2026-12-03T02:19:00.000Z',
  });

  const { samples } = await scrapeMetrics(central.url);

  expect(samples).toContain(
    'motcua_kiosk_outbox_pending{kiosk="KIOSK \\"B\\"\\\\2"} 0',
  );
  expectWellFormed(samples);
});
