import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { record, startDesk, waitForEvent } from '../testing/desk';
import { deliver, sampleDelivery, TEST_SLOT } from '../testing/harness';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { CaseView, NotificationView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

const HOUR = 60 * 60 * 1000;

it('walks a case through green, yellow and red, telling assignee, department head and agency head once each', async () => {
  // Received Thursday 03/12/2026 09:15 in HCMC; one working day: due
  // Friday 04/12 at 17:00 HCMC, that is 10:00 UTC.
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, clock, kiosk, operator, staff, tasks } = desk;
  const { url } = central;
  const notes = record<NotificationView>(staff, 'notification.new');
  const admin = await logInAs(url, 'admin');
  const ward = encodeURIComponent(TEST_SLOT.ward);
  const roles = await staffFetch(`${url}/api/wards/${ward}/roles`, {
    ...admin,
    method: 'POST',
    body: { departmentHead: 'binh.operator', agencyHead: 'an.admin' },
  });
  expect(roles.status).toBe(200);
  const byOperator = await staffFetch(`${url}/api/wards/${ward}/roles`, {
    ...operator,
    method: 'POST',
    body: { departmentHead: 'binh.operator', agencyHead: 'binh.operator' },
  });
  expect(byOperator.status).toBe(403);

  const delivery = sampleDelivery();
  const code = delivery.dossier.code;
  expect(await deliver(kiosk.socket, delivery)).toMatchObject({ ok: true });
  const assigned = await staffFetch(`${url}/api/dossiers/${code}/assign`, {
    ...operator,
    method: 'POST',
    body: { username: 'chi.viewer' },
  });
  expect(assigned.body).toMatchObject({
    case: {
      code,
      assignee: 'chi.viewer',
      dueAt: '2026-12-04T10:00:00.000Z',
      status: 'received',
      level: 'none',
      applicantName: expect.not.stringContaining('NGUYỄN VĂN AN'),
    },
  });

  const levelAfter = async (ms: number) => {
    clock.advance(ms);
    await tasks.run('deadlines');
    await tasks.run('deadlines');
    // Sessions last 8 h on central's clock: log in again each time.
    const board = await staffFetch(
      `${url}/api/deadlines`,
      await logInAs(url, 'viewer'),
    );
    return (board.body as { cases: CaseView[] }).cases[0]?.level;
  };
  expect(await levelAfter(7 * HOUR - 1)).toBe('none');
  expect(await levelAfter(1)).toBe('green'); // 24 h before due
  expect(await levelAfter(24 * HOUR)).toBe('yellow'); // due now
  expect(await levelAfter(48 * HOUR - 1)).toBe('yellow');
  const redNote = waitForEvent<NotificationView>(
    staff,
    'notification.new',
    (note) => note.level === 'red',
  );
  expect(await levelAfter(1)).toBe('red'); // 48 h overdue
  expect(await levelAfter(24 * HOUR)).toBe('red');

  const inbox = async (role: 'viewer' | 'operator' | 'admin') => {
    const answer = await staffFetch(
      `${url}/api/inbox`,
      await logInAs(url, role),
    );
    return (answer.body as { notifications: NotificationView[] }).notifications;
  };
  expect(await inbox('viewer')).toMatchObject([
    { level: 'green', code, recipient: 'chi.viewer', readAt: null },
  ]);
  expect(await inbox('operator')).toMatchObject([
    { level: 'yellow', code, recipient: 'binh.operator' },
  ]);
  const adminInbox = await inbox('admin');
  expect(adminInbox).toMatchObject([{ level: 'red', recipient: 'an.admin' }]);
  expect(adminInbox[0]?.message).toContain('04/12/2026');
  // Events on one socket keep their order: the others came before it.
  await redNote;
  expect(notes.map((note) => [note.level, note.recipient])).toEqual([
    ['green', 'chi.viewer'],
    ['yellow', 'binh.operator'],
    ['red', 'an.admin'],
  ]);

  const read = await staffFetch(`${url}/api/inbox/${adminInbox[0]?.id}/read`, {
    ...(await logInAs(url, 'admin')),
    method: 'POST',
  });
  expect(read.status).toBe(200);
  expect((await inbox('admin'))[0]?.readAt).toBe(clock.now().toISOString());

  const operatorNow = await logInAs(url, 'operator');
  const done = await staffFetch(`${url}/api/dossiers/${code}/status`, {
    ...operatorNow,
    method: 'POST',
    body: { status: 'inProgress' },
  });
  expect(done.body).toMatchObject({ case: { level: 'red' } });
  await staffFetch(`${url}/api/dossiers/${code}/status`, {
    ...operatorNow,
    method: 'POST',
    body: { status: 'done' },
  });
  const board = await staffFetch(`${url}/api/deadlines`, operatorNow);
  expect(board.body).toEqual({ cases: [] });
}, 30_000); // a dozen scrypt logins: sessions last 8 h on the moved clock
