import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk, waitForEvent } from '../testing/desk';
import { staffFetch } from '../testing/staff-client';
import type { AlertView, KioskView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('raises a critical paper-out alert that staff see, resolved when paper is back', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, kiosk, operator, staff } = desk;
  const kioskId = desk.key.kioskId;

  const opened = waitForEvent<AlertView>(staff, 'alert.updated');
  const critical = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.status === 'critical',
  );
  const paperOut = {
    msgId: randomUUID(),
    kind: 'printer.paperOut',
    at: '2026-12-03T02:59:00.000Z',
  };
  await emitAck(kiosk, 'kiosk.event', paperOut);
  // The outbox may deliver it twice; the alert stays one.
  await emitAck(kiosk, 'kiosk.event', paperOut);

  expect(await opened).toMatchObject({
    kioskId,
    ward: 'Phường Sài Gòn',
    rule: 'paperOut',
    severity: 'critical',
    state: 'open',
    resolvedAt: null,
  });
  expect(await critical).toMatchObject({
    openAlerts: 1,
    ward: 'Phường Sài Gòn',
  });
  const active = await staffFetch(`${central.url}/api/alerts`, operator);
  expect(active.body).toMatchObject({ alerts: [{ rule: 'paperOut' }] });
  expect((active.body as { alerts: unknown[] }).alerts).toHaveLength(1);

  const resolved = waitForEvent<AlertView>(staff, 'alert.updated');
  const ok = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.status === 'ok',
  );
  await emitAck(kiosk, 'kiosk.event', {
    msgId: randomUUID(),
    kind: 'printer.ready',
    at: '2026-12-03T03:05:00.000Z',
  });

  expect(await resolved).toMatchObject({
    rule: 'paperOut',
    state: 'resolved',
    resolvedBy: null,
    resolvedAt: '2026-12-03T03:00:00.000Z',
  });
  expect(await ok).toMatchObject({ openAlerts: 0 });
  const [after, history] = await Promise.all([
    staffFetch(`${central.url}/api/alerts?state=active`, operator),
    staffFetch(
      `${central.url}/api/alerts?state=all&kioskId=${kioskId}`,
      operator,
    ),
  ]);
  expect(after.body).toEqual({ alerts: [] });
  expect(history.body).toMatchObject({
    alerts: [{ rule: 'paperOut', state: 'resolved' }],
  });
  expect(central.logs.some((line) => line.includes('"alert-opened"'))).toBe(
    true,
  );
});
