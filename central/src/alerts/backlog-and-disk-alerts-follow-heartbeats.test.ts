import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { heartbeatOf, startDesk, waitForEvent } from '../testing/desk';
import { staffFetch } from '../testing/staff-client';
import type { AlertView, KioskView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('opens backlogOld and diskNearlyFull warnings from a heartbeat and resolves them when it clears', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'), {
    diskNearlyFullBytes: 2 * 1024 ** 3,
  });
  const { central, clock, kiosk, operator, staff } = desk;

  const warning = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.openAlerts === 2,
  );
  kiosk.socket.emit(
    'kiosk.heartbeat',
    heartbeatOf(clock.now(), {
      outbox: { pending: 4, oldestAgeSeconds: 901 },
      freeDiskBytes: 1024 ** 3,
    }),
  );
  expect(await warning).toMatchObject({ status: 'warning' });
  const open = await staffFetch(`${central.url}/api/alerts`, operator);
  const opened = (open.body as { alerts: AlertView[] }).alerts;
  expect(opened.map((alert) => alert.rule).sort()).toEqual([
    'backlogOld',
    'diskNearlyFull',
  ]);
  expect(opened.every((alert) => alert.severity === 'warning')).toBe(true);
  expect(opened.find((a) => a.rule === 'backlogOld')?.detail).toContain('901');

  // Exactly at the limit is not old yet; the disk is fine again.
  const cleared = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.openAlerts === 0,
  );
  kiosk.socket.emit(
    'kiosk.heartbeat',
    heartbeatOf(clock.now(), {
      outbox: { pending: 1, oldestAgeSeconds: 900 },
    }),
  );
  expect(await cleared).toMatchObject({ status: 'ok' });
  const history = await staffFetch(
    `${central.url}/api/alerts?state=all`,
    operator,
  );
  expect(history.body).toMatchObject({
    alerts: [
      { state: 'resolved', resolvedBy: null },
      { state: 'resolved', resolvedBy: null },
    ],
  });
});
