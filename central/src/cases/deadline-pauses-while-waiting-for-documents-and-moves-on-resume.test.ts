import { afterEach, expect, it } from 'vitest';
import type { DossierLookupAnswer } from '@motcua/protocol';
import type { Desk } from '../testing/desk';
import { emitAck, record, startDesk } from '../testing/desk';
import { deliver, sampleDelivery, TEST_SLOT } from '../testing/harness';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { CaseView, NotificationView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

it('holds a paused case at level none notifying nobody, then moves its due date by the working days paused, twice', async () => {
  // Received Thursday 03/12/2026 09:15 HCMC, one working day: due Friday
  // 04/12 17:00 HCMC (10:00 UTC). The clock starts at 10:00 HCMC.
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, clock, kiosk, staff, tasks } = desk;
  const { url } = central;
  const notes = record<NotificationView>(staff, 'notification.new');
  const ward = encodeURIComponent(TEST_SLOT.ward);
  const roles = await staffFetch(`${url}/api/wards/${ward}/roles`, {
    ...(await logInAs(url, 'admin')),
    method: 'POST',
    body: { departmentHead: 'binh.operator', agencyHead: 'an.admin' },
  });
  expect(roles.status).toBe(200);
  const delivery = sampleDelivery();
  const code = delivery.dossier.code;
  expect(await deliver(kiosk.socket, delivery)).toMatchObject({ ok: true });

  const moveTo = async (status: string) => {
    const answer = await staffFetch(`${url}/api/dossiers/${code}/status`, {
      ...(await logInAs(url, 'operator')),
      method: 'POST',
      body: { status, note: status === 'moreDocuments' ? 'Thiếu CT01' : null },
    });
    expect(answer.status).toBe(200);
    return (answer.body as { case: CaseView }).case;
  };
  const boardAfter = async (ms: number) => {
    clock.advance(ms);
    await tasks.run('deadlines');
    const board = await staffFetch(
      `${url}/api/deadlines`,
      await logInAs(url, 'viewer'),
    );
    return (board.body as { cases: CaseView[] }).cases[0];
  };

  // Paused on Thursday 03/12 at 11:00 HCMC, before its due date.
  clock.advance(HOUR);
  expect(await moveTo('moreDocuments')).toMatchObject({
    level: 'none',
    pausedSince: '2026-12-03T04:00:00.000Z',
    dueAt: '2026-12-04T10:00:00.000Z',
  });
  // Far past where it would have been green, yellow and red.
  expect(await boardAfter(DAY)).toMatchObject({ level: 'none' });
  expect(await boardAfter(4 * DAY)).toMatchObject({
    level: 'none',
    status: 'moreDocuments',
    pausedSince: '2026-12-03T04:00:00.000Z',
  });
  expect(notes).toEqual([]);
  const lookup = () =>
    emitAck<DossierLookupAnswer>(kiosk, 'dossier.lookup', { code });
  expect(await lookup()).toMatchObject({
    ok: true,
    dossier: { status: 'moreDocuments', note: 'Thiếu CT01' },
  });

  // Resumed on Tuesday 08/12 at 11:00 HCMC: Thursday 03, Friday 04 and
  // Monday 07 were paused, so the due date moves three working days to
  // Wednesday 09/12.
  const resumed = await moveTo('inProgress');
  expect(resumed).toMatchObject({
    level: 'none',
    pausedSince: null,
    dueAt: '2026-12-09T10:00:00.000Z',
  });
  expect(await lookup()).toMatchObject({
    ok: true,
    dossier: { status: 'inProgress', dueDate: '2026-12-09' },
  });
  expect(await boardAfter(6 * HOUR - 1)).toMatchObject({ level: 'none' });
  expect(await boardAfter(1)).toMatchObject({ level: 'green' });
  expect(notes.map((note) => note.level)).toEqual(['green']);

  // Paused again Wednesday 09/12 11:00 HCMC, while green; resumed Friday
  // 11/12 11:00 HCMC: two more working days, due Friday 11/12 17:00 HCMC.
  clock.advance(18 * HOUR);
  expect(await moveTo('moreDocuments')).toMatchObject({ level: 'none' });
  expect(await boardAfter(2 * DAY)).toMatchObject({ level: 'none' });
  expect(await moveTo('inProgress')).toMatchObject({
    level: 'green',
    dueAt: '2026-12-11T10:00:00.000Z',
  });
  expect(await boardAfter(6 * HOUR - 1)).toMatchObject({ level: 'green' });
  expect(await boardAfter(1)).toMatchObject({ level: 'yellow' });
  expect(notes.map((note) => [note.level, note.recipient])).toEqual([
    ['green', 'binh.operator'],
    ['yellow', 'binh.operator'],
  ]);
}, 30_000); // a dozen scrypt logins: sessions last 8 h on the moved clock
