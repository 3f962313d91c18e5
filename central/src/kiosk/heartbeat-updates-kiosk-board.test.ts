import type { KioskHeartbeat } from '@motcua/protocol';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectKiosk,
  connectStaff,
  enrollKiosk,
  getJson,
  nextEvent,
  startTestCentral,
} from '../testing/harness';
import type { KioskView } from '../views';

let central: TestCentral;
let kiosk: KioskClient;
let staff: Socket;

afterEach(async () => {
  staff.close();
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

it('shows the latest heartbeat and then the kiosk going offline', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  staff = connectStaff(central.url);
  await nextEvent(staff, 'dashboard.snapshot');
  const online = nextEvent<KioskView>(staff, 'kiosk.updated');
  kiosk = await connectKiosk(central.url, key);
  await online;

  const updated = nextEvent<KioskView>(staff, 'kiosk.updated');
  kiosk.socket.volatile.emit('kiosk.heartbeat', heartbeat);
  expect(await updated).toMatchObject({ online: true, heartbeat });

  const { body } = await getJson(`${central.url}/api/kiosks`);
  expect(body).toMatchObject({
    kiosks: [{ id: 'KIOSK-DEV-01', online: true, heartbeat }],
  });

  const offline = nextEvent<KioskView>(staff, 'kiosk.updated');
  kiosk.socket.close();
  expect(await offline).toMatchObject({ online: false, heartbeat });
});
