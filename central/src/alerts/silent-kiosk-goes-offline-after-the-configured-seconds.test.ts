import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { heartbeatOf, record, startDesk, waitForEvent } from '../testing/desk';
import { staffFetch } from '../testing/staff-client';
import type { AlertView, KioskView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('marks a kiosk offline once no heartbeat came for offlineAfterSeconds, and back on the next', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'), {
    offlineAfterSeconds: 30,
  });
  const { central, clock, kiosk, operator, staff, tasks } = desk;
  const alerts = record<AlertView>(staff, 'alert.updated');

  const beat = waitForEvent<KioskView>(staff, 'kiosk.updated');
  kiosk.socket.emit('kiosk.heartbeat', heartbeatOf(clock.now()));
  expect(await beat).toMatchObject({ status: 'ok', online: true });

  clock.advance(30_000);
  await tasks.run('offline');
  const early = await staffFetch(`${central.url}/api/kiosks`, operator);
  expect(early.body).toMatchObject({ kiosks: [{ status: 'ok' }] });
  expect(alerts).toEqual([]);

  const offline = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.status === 'offline',
  );
  clock.advance(1_000);
  await tasks.run('offline');
  await tasks.run('offline');

  expect(await offline).toMatchObject({ openAlerts: 1 });
  expect(alerts).toMatchObject([
    { rule: 'offline', severity: 'critical', state: 'open' },
  ]);

  const back = waitForEvent<AlertView>(staff, 'alert.updated');
  kiosk.socket.emit('kiosk.heartbeat', heartbeatOf(clock.now()));
  expect(await back).toMatchObject({
    rule: 'offline',
    state: 'resolved',
    resolvedBy: null,
  });
  const board = await staffFetch(`${central.url}/api/kiosks`, operator);
  expect(board.body).toMatchObject({
    kiosks: [{ status: 'ok', openAlerts: 0 }],
  });
  expect(alerts).toHaveLength(2);
});
