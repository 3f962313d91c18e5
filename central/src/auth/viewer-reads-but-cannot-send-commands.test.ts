import { afterEach, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { DashboardSnapshot } from '../views';
import type { TestCentral } from '../testing/harness';
import { enrollKiosk, nextEvent, startTestCentral } from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('lets a viewer read and watch, and answers 403 to its command', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const { url } = central;
  const kiosk = await enrollKiosk(central);
  const viewer = await logInAs(url, 'viewer');

  const dossiers = await staffFetch(`${url}/api/dossiers`, viewer);
  const command = await staffFetch(
    `${url}/api/kiosks/${kiosk.kioskId}/commands`,
    { ...viewer, method: 'POST', body: { name: 'reloadPage' } },
  );
  const revoke = await staffFetch(`${url}/api/kiosks/${kiosk.kioskId}/revoke`, {
    ...viewer,
    method: 'POST',
    body: {},
  });
  const socket = io(`${url}/staff`, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    extraHeaders: { cookie: viewer.cookie },
  });
  const snapshot = await nextEvent<DashboardSnapshot>(
    socket,
    'dashboard.snapshot',
  );
  socket.close();

  expect(dossiers).toMatchObject({ status: 200, body: [] });
  expect(command).toMatchObject({
    status: 403,
    body: { code: 'auth.forbidden' },
  });
  expect(revoke.status).toBe(403);
  expect(snapshot.kiosks.map((k) => k.id)).toEqual([kiosk.kioskId]);
});
