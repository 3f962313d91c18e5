import { rm } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import { manualSchedule } from '../testing/manual-schedule';
import {
  connectKiosk,
  enrollKiosk,
  makeDataDir,
  manualClock,
  signHandshake,
  startTestCentral,
} from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';

let dataDir: string;

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it('shows a kiosk revoked before a restart as revoked, and raises no offline alert for it', async () => {
  dataDir = await makeDataDir();
  const clock = manualClock(new Date('2026-12-03T03:00:00Z'));
  const options = { dataDir, staff: TEST_STAFF, now: clock.now };
  const first = await startTestCentral({
    ...options,
    schedule: manualSchedule().schedule,
  });
  const key = await enrollKiosk(first);
  const kiosk = await connectKiosk(first.url, key, {
    auth: signHandshake(key, { signedAt: clock.now() }),
  });
  const revoked = await first.central.revokeKiosk(key.kioskId);
  kiosk.socket.close();
  await first.stop();

  const tasks = manualSchedule();
  clock.advance(600_000);
  const second = await startTestCentral({
    ...options,
    schedule: tasks.schedule,
    offlineAfterSeconds: 30,
  });
  await tasks.run('offline');
  const operator = await logInAs(second.url, 'operator');
  const board = await staffFetch(`${second.url}/api/kiosks`, operator);
  const alerts = await staffFetch(`${second.url}/api/alerts`, operator);
  await second.stop();

  expect(revoked).toBe(true);
  expect(board.body).toMatchObject({
    kiosks: [
      {
        id: key.kioskId,
        ward: 'Phường Sài Gòn',
        status: 'revoked',
        openAlerts: 0,
      },
    ],
  });
  expect(alerts.body).toEqual({ alerts: [] });
});
