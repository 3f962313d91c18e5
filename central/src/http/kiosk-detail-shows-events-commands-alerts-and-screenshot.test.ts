import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { makeBlob, uploadBlob } from '../testing/blobs';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk } from '../testing/desk';
import { staffFetch } from '../testing/staff-client';
import type { KioskDetailView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('serves a kiosk detail with its latest events, commands, alerts and screenshot', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, kiosk, operator } = desk;
  const kioskId = desk.key.kioskId;
  await emitAck(kiosk, 'kiosk.event', {
    msgId: randomUUID(),
    kind: 'printer.coverOpen',
    at: '2026-12-03T02:50:00.000Z',
  });
  const { commandId } = await central.central.sendCommand(
    kioskId,
    'captureScreenshot',
  );
  const before = kiosk.pushes.length;
  await kiosk.pushCount(before + 1);
  const image = makeBlob(2_000);
  await uploadBlob(kiosk.socket, image);
  await emitAck(kiosk, 'command.result', {
    msgId: randomUUID(),
    commandId,
    ok: true,
    blob: { sha256: image.sha256, size: image.size, mime: 'image/png' },
  });

  const answer = await staffFetch(
    `${central.url}/api/kiosks/${kioskId}`,
    operator,
  );
  const missing = await staffFetch(
    `${central.url}/api/kiosks/KIOSK-NONE`,
    operator,
  );

  expect(answer.status).toBe(200);
  const detail = answer.body as KioskDetailView;
  expect(detail.kiosk).toMatchObject({
    id: kioskId,
    ward: 'Phường Sài Gòn',
    status: 'critical',
    openAlerts: 1,
  });
  expect(detail.events).toMatchObject([{ kind: 'printer.coverOpen' }]);
  expect(detail.commands).toMatchObject([
    { commandId, name: 'captureScreenshot', status: 'done' },
  ]);
  expect(detail.alerts).toMatchObject([{ rule: 'coverOpen', state: 'open' }]);
  expect(detail.screenshot).toEqual({
    commandId,
    at: '2026-12-03T03:00:00.000Z',
    sha256: image.sha256,
  });
  expect(detail.logs).toBeNull();
  expect(missing).toMatchObject({ status: 404, body: { code: 'not_found' } });
});
