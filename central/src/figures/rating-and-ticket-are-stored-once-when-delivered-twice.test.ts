import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { DeliveryAck } from '@motcua/protocol';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk } from '../testing/desk';
import { staffFetch } from '../testing/staff-client';
import type { WardFigures } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('stores a rating and a ticket once when the outbox delivers each twice', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, kiosk, operator } = desk;
  const rating = {
    msgId: randomUUID(),
    at: '2026-12-03T02:58:00.000Z',
    score: 4,
    procedureId: 'residence-confirmation',
  };
  const ticket = {
    msgId: randomUUID(),
    ticket: {
      number: 'A-012',
      kind: 'walkIn',
      date: '2026-12-03',
      issuedAt: '2026-12-03T02:59:00.000Z',
    },
  };

  const acks = [
    await emitAck<DeliveryAck>(kiosk, 'kiosk.rating', rating),
    await emitAck<DeliveryAck>(kiosk, 'kiosk.rating', rating),
    await emitAck<DeliveryAck>(kiosk, 'kiosk.ticket', ticket),
    await emitAck<DeliveryAck>(kiosk, 'kiosk.ticket', ticket),
    await emitAck<DeliveryAck>(kiosk, 'kiosk.rating', { ...rating, score: 6 }),
  ];

  expect(acks.slice(0, 4)).toEqual([
    { ok: true, duplicate: false },
    { ok: true, duplicate: true },
    { ok: true, duplicate: false },
    { ok: true, duplicate: true },
  ]);
  expect(acks[4]).toMatchObject({ ok: false, retryable: false });
  const figures = await staffFetch(`${central.url}/api/figures`, operator);
  const [ward] = (figures.body as { wards: WardFigures[] }).wards;
  expect(ward).toMatchObject({
    ward: 'Phường Sài Gòn',
    ratings: 1,
    averageRating: 4,
    ticketsToday: 1,
  });
});
