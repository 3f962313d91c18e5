import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk } from '../testing/desk';
import { deliver, sampleDelivery } from '../testing/harness';
import type { StaffLogin } from '../testing/staff-client';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { WardFigures } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

const DAY = 24 * 60 * 60 * 1000;

it('computes dossiers, on-time rate, average rating, tickets today and the daily series per ward', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, clock, kiosk } = desk;
  const { url } = central;
  const first = sampleDelivery();
  const second = sampleDelivery({
    id: randomUUID(),
    code: '000.00.00.H29-261203-0002',
  });
  await deliver(kiosk.socket, first);
  await deliver(kiosk.socket, second);
  const finish = async (code: string, login: StaffLogin) => {
    for (const status of ['inProgress', 'done']) {
      const moved = await staffFetch(`${url}/api/dossiers/${code}/status`, {
        ...login,
        method: 'POST',
        body: { status },
      });
      expect(moved.status).toBe(200);
    }
  };
  // The first is done the day it came; the second three days later, past
  // its due moment (Friday 04/12 17:00).
  await finish(first.dossier.code, desk.operator);
  clock.advance(3 * DAY);
  const operator = await logInAs(url, 'operator');
  await finish(second.dossier.code, operator);

  for (const score of [5, 4]) {
    await emitAck(kiosk, 'kiosk.rating', {
      msgId: randomUUID(),
      at: clock.now().toISOString(),
      score,
    });
  }
  const ticket = (date: string, number: string, kind: string) => ({
    msgId: randomUUID(),
    ticket: {
      number,
      kind,
      date,
      ...(kind === 'appointment' ? { time: '09:30' } : {}),
      issuedAt: clock.now().toISOString(),
    },
  });
  await emitAck(kiosk, 'kiosk.ticket', ticket('2026-12-06', 'A-001', 'walkIn'));
  await emitAck(
    kiosk,
    'kiosk.ticket',
    ticket('2026-12-07', 'H-001', 'appointment'),
  );

  const answer = await staffFetch(`${url}/api/figures`, operator);
  const wards = (answer.body as { wards: WardFigures[] }).wards;
  expect(wards).toHaveLength(1);
  const [ward] = wards;
  expect(ward).toMatchObject({
    ward: 'Phường Sài Gòn',
    dossiers: 2,
    closed: 2,
    onTime: 1,
    onTimeRate: 0.5,
    ratings: 2,
    averageRating: 4.5,
    ticketsToday: 1,
  });
  expect(ward?.daily).toHaveLength(14);
  expect(ward?.daily[0]).toEqual({ date: '2026-11-23', dossiers: 0 });
  expect(ward?.daily.at(-1)).toEqual({ date: '2026-12-06', dossiers: 0 });
  expect(ward?.daily.find((day) => day.date === '2026-12-03')).toEqual({
    date: '2026-12-03',
    dossiers: 2,
  });
  const total = ward?.daily.reduce((sum, day) => sum + day.dossiers, 0);
  expect(total).toBe(2);
});
