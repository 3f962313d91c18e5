import { randomUUID } from 'node:crypto';
import type { KioskHeartbeat } from '@motcua/protocol';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import { startWithKiosk } from '../testing/harness';
import { expectWellFormed, scrapeMetrics } from '../testing/metrics';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

const heartbeat: KioskHeartbeat = {
  kioskId: 'KIOSK-DEV-01',
  sentAt: '2026-12-03T02:20:00.000Z',
  uptimeSeconds: 3600,
  agentVersion: '0.1.0',
  devices: [{ role: 'printer', driver: 'simulator', state: 'paperNearEnd' }],
  outbox: { pending: 3, oldestAgeSeconds: 42 },
  freeDiskBytes: 8_000_000_000,
};

it('shows an online kiosk with its outbox, printer and events', async () => {
  ({ central, kiosk } = await startWithKiosk());
  // Messages on one socket arrive in order, so once the event is acked
  // the heartbeat sent before it has been applied.
  kiosk.socket.emit('kiosk.heartbeat', heartbeat);
  await kiosk.socket.timeout(5_000).emitWithAck('kiosk.event', {
    msgId: randomUUID(),
    kind: 'printer.paperNearEnd',
    at: '2026-12-03T02:19:00.000Z',
  });

  const { samples } = await scrapeMetrics(central.url);

  expect(samples).toEqual(
    expect.arrayContaining([
      'motcua_kiosks{state="online"} 1',
      'motcua_kiosks{state="offline"} 0',
      'motcua_kiosk_outbox_pending{kiosk="KIOSK-DEV-01"} 3',
      'motcua_kiosk_outbox_oldest_age_seconds{kiosk="KIOSK-DEV-01"} 42',
      'motcua_kiosk_printer_state{kiosk="KIOSK-DEV-01",state="paperNearEnd"} 1',
      'motcua_kiosk_printer_state{kiosk="KIOSK-DEV-01",state="ready"} 0',
      'motcua_kiosk_events_total{kind="printer.paperNearEnd"} 1',
    ]),
  );
  expectWellFormed(samples);
});
