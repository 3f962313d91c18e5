import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectKiosk,
  connectStaff,
  deliver,
  enrollKiosk,
  nextEvent,
  sampleDelivery,
  startTestCentral,
} from '../testing/harness';
import type { DashboardSnapshot, DossierView, KioskView } from '../views';

let central: TestCentral;
let kiosk: KioskClient;
let staff: Socket;

afterEach(async () => {
  staff.close();
  kiosk.socket.close();
  await central.dispose();
});

it('pushes a masked dossier.received to staff when a kiosk delivers', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  staff = connectStaff(central.url);
  const snapshot = await nextEvent<DashboardSnapshot>(
    staff,
    'dashboard.snapshot',
  );
  expect(snapshot).toEqual({
    dossiers: [],
    kiosks: [
      {
        id: 'KIOSK-DEV-01',
        ward: 'Phường Sài Gòn',
        address: '86 Lê Thánh Tôn, phường Sài Gòn',
        status: 'offline',
        openAlerts: 0,
        online: false,
        lastSeen: null,
        heartbeat: null,
        health: {},
      },
    ],
    alerts: [],
  });

  const online = nextEvent<KioskView>(staff, 'kiosk.updated');
  kiosk = await connectKiosk(central.url, key);
  expect(await online).toMatchObject({ id: 'KIOSK-DEV-01', online: true });

  const received = nextEvent<DossierView>(staff, 'dossier.received');
  const delivery = sampleDelivery();
  await deliver(kiosk.socket, delivery);

  expect(await received).toMatchObject({
    id: delivery.dossier.id,
    code: delivery.dossier.code,
    applicantName: 'N***** V** A*',
    idNumber: '079******456',
  });
});
