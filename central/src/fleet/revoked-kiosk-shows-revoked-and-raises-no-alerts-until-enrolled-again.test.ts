import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import {
  emitAck,
  heartbeatOf,
  record,
  startDesk,
  waitForEvent,
} from '../testing/desk';
import { connectKiosk, enrollKiosk, signHandshake } from '../testing/harness';
import { scrapeMetrics } from '../testing/metrics';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { AlertView, KioskView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('shows a revoked kiosk as revoked, resolves its alerts and raises none until the slot is enrolled again', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'), {
    offlineAfterSeconds: 30,
  });
  const { central, clock, kiosk, operator, staff, tasks } = desk;
  const kioskId = desk.key.kioskId;
  const critical = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.status === 'critical',
  );
  await emitAck(kiosk, 'kiosk.event', {
    msgId: randomUUID(),
    kind: 'printer.paperOut',
    at: '2026-12-03T02:59:00.000Z',
  });
  expect(await critical).toMatchObject({ openAlerts: 1 });

  const alerts = record<AlertView>(staff, 'alert.updated');
  const views = record<KioskView>(staff, 'kiosk.updated');
  const resolved = waitForEvent<AlertView>(staff, 'alert.updated');
  const revoked = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.status === 'revoked',
  );
  const admin = await logInAs(central.url, 'admin');
  const answer = await staffFetch(
    `${central.url}/api/kiosks/${kioskId}/revoke`,
    { ...admin, method: 'POST', body: {} },
  );

  expect(answer.status).toBe(200);
  expect(await resolved).toMatchObject({
    kioskId,
    rule: 'paperOut',
    state: 'resolved',
    resolvedBy: null,
  });
  const board = await staffFetch(`${central.url}/api/kiosks`, operator);
  expect(board.body).toMatchObject({
    kiosks: [{ id: kioskId, status: 'revoked', openAlerts: 0, online: false }],
  });
  expect(await revoked).toMatchObject({ id: kioskId, openAlerts: 0 });
  // Never offline on the way: the cut itself shows the kiosk revoked.
  expect(views.map((view) => view.status)).not.toContain('offline');

  clock.advance(120_000);
  await tasks.run('offline');
  await tasks.run('offline');
  const active = await staffFetch(`${central.url}/api/alerts`, operator);
  const later = await staffFetch(`${central.url}/api/kiosks`, operator);

  expect(active.body).toEqual({ alerts: [] });
  expect(later.body).toMatchObject({
    kiosks: [{ status: 'revoked', openAlerts: 0 }],
  });
  expect(alerts.map((alert) => alert.state)).toEqual(['resolved']);
  // Nor does monitoring count it as a kiosk gone missing.
  const { samples } = await scrapeMetrics(central.url);
  expect(samples).toEqual(
    expect.arrayContaining([
      'motcua_kiosks{state="offline"} 0',
      'motcua_kiosks{state="revoked"} 1',
    ]),
  );

  // The machine is repaired: a new key claims the slot. It is an ordinary
  // kiosk again, offline until it reports in, and alerts apply to it.
  const enrolled = waitForEvent<KioskView>(staff, 'kiosk.updated');
  const repaired = await enrollKiosk(central);
  expect(await enrolled).toMatchObject({ id: kioskId, status: 'offline' });
  const offline = waitForEvent<AlertView>(staff, 'alert.updated');
  await tasks.run('offline');
  expect(await offline).toMatchObject({ rule: 'offline', state: 'open' });

  const fresh = await connectKiosk(central.url, repaired, {
    auth: signHandshake(repaired, { signedAt: clock.now() }),
  });
  const beat = waitForEvent<KioskView>(
    staff,
    'kiosk.updated',
    (view) => view.status === 'ok',
  );
  fresh.socket.emit('kiosk.heartbeat', heartbeatOf(clock.now()));
  expect(await beat).toMatchObject({ online: true, openAlerts: 0 });
  fresh.socket.close();
});
