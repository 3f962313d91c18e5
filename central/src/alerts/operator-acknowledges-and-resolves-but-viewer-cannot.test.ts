import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk, waitForEvent } from '../testing/desk';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { AlertView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('lets an operator acknowledge and resolve a help request, refusing a viewer and a missing CSRF token', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, kiosk, operator, staff } = desk;
  const opened = waitForEvent<AlertView>(staff, 'alert.updated');
  await emitAck(kiosk, 'kiosk.event', {
    msgId: randomUUID(),
    kind: 'help.requested',
    at: '2026-12-03T02:59:30.000Z',
    detail: 'callStaff',
  });
  const alert = await opened;
  expect(alert).toMatchObject({ rule: 'helpRequested', severity: 'warning' });
  const url = `${central.url}/api/alerts/${alert.id}`;

  const viewer = await logInAs(central.url, 'viewer');
  const byViewer = await staffFetch(`${url}/acknowledge`, {
    ...viewer,
    method: 'POST',
  });
  const noCsrf = await staffFetch(`${url}/acknowledge`, {
    cookie: operator.cookie,
    method: 'POST',
  });
  expect(byViewer).toMatchObject({
    status: 403,
    body: { code: 'auth.forbidden' },
  });
  expect(noCsrf).toMatchObject({ status: 403, body: { code: 'auth.csrf' } });

  const seen = waitForEvent<AlertView>(staff, 'alert.updated');
  const acked = await staffFetch(`${url}/acknowledge`, {
    ...operator,
    method: 'POST',
  });
  expect(acked).toMatchObject({
    status: 200,
    body: {
      alert: {
        state: 'acknowledged',
        acknowledgedBy: 'binh.operator',
        acknowledgedAt: '2026-12-03T03:00:00.000Z',
      },
    },
  });
  expect(await seen).toMatchObject({ state: 'acknowledged' });
  const again = await staffFetch(`${url}/acknowledge`, {
    ...operator,
    method: 'POST',
  });
  expect(again).toMatchObject({
    status: 409,
    body: { code: 'alert.not_active' },
  });

  const resolved = await staffFetch(`${url}/resolve`, {
    ...operator,
    method: 'POST',
  });
  expect(resolved).toMatchObject({
    status: 200,
    body: { alert: { state: 'resolved', resolvedBy: 'binh.operator' } },
  });
  const unknown = await staffFetch(
    `${central.url}/api/alerts/${randomUUID()}/resolve`,
    { ...operator, method: 'POST' },
  );
  expect(unknown).toMatchObject({ status: 404, body: { code: 'not_found' } });
  expect(
    central.logs.some(
      (line) =>
        line.includes('"alert-acknowledged"') && line.includes('binh.operator'),
    ),
  ).toBe(true);
});
