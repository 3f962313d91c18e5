import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { DeliveryAck, DossierLookupAnswer } from '@motcua/protocol';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk, waitForEvent } from '../testing/desk';
import { deliver, sampleDelivery } from '../testing/harness';
import type { TestSchema } from '../testing/postgres';
import { createTestSchema } from '../testing/postgres';
import { staffFetch } from '../testing/staff-client';
import type { AlertView, WardFigures } from '../views';

let desk: Desk | undefined;
let schema: TestSchema | undefined;

afterEach(async () => {
  await desk?.close();
  await schema?.drop();
});

it('keeps alerts, cases, ratings and figures in PostgreSQL with the same SQL', async () => {
  schema = await createTestSchema();
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'), {
    databaseUrl: schema.url,
  });
  const { central, kiosk, operator, staff } = desk;
  const { url } = central;

  const opened = waitForEvent<AlertView>(staff, 'alert.updated');
  const paperOut = {
    msgId: randomUUID(),
    kind: 'printer.paperOut',
    at: '2026-12-03T02:59:00.000Z',
  };
  await emitAck(kiosk, 'kiosk.event', paperOut);
  await emitAck(kiosk, 'kiosk.event', { ...paperOut, msgId: randomUUID() });
  const alert = await opened;
  const acked = await staffFetch(`${url}/api/alerts/${alert.id}/acknowledge`, {
    ...operator,
    method: 'POST',
  });
  expect(acked.body).toMatchObject({ alert: { state: 'acknowledged' } });
  const active = await staffFetch(
    `${url}/api/alerts?kioskId=${desk.key.kioskId}`,
    operator,
  );
  expect((active.body as { alerts: AlertView[] }).alerts).toHaveLength(1);

  const delivery = sampleDelivery();
  await deliver(kiosk.socket, delivery);
  const moved = await staffFetch(
    `${url}/api/dossiers/${delivery.dossier.code}/status`,
    { ...operator, method: 'POST', body: { status: 'inProgress' } },
  );
  expect(moved.body).toMatchObject({ case: { status: 'inProgress' } });
  const lookup = await emitAck<DossierLookupAnswer>(kiosk, 'dossier.lookup', {
    code: delivery.dossier.code,
  });
  expect(lookup).toMatchObject({ ok: true, dossier: { status: 'inProgress' } });

  const rating = { msgId: randomUUID(), at: paperOut.at, score: 5 };
  const acks = [
    await emitAck<DeliveryAck>(kiosk, 'kiosk.rating', rating),
    await emitAck<DeliveryAck>(kiosk, 'kiosk.rating', rating),
  ];
  expect(acks.map((ack) => ack.ok && ack.duplicate)).toEqual([false, true]);

  await desk.tasks.run('deadlines');
  const figures = await staffFetch(`${url}/api/figures`, operator);
  expect((figures.body as { wards: WardFigures[] }).wards).toMatchObject([
    { dossiers: 1, closed: 0, onTimeRate: null, ratings: 1, averageRating: 5 },
  ]);
  expect(central.logs.some((line) => line.includes('store-write-failed'))).toBe(
    false,
  );
});
