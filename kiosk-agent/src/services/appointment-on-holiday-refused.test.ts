import { afterEach, expect, it } from 'vitest';
import type { AgentRig } from '../test-support/agent-rig';
import { freePort, startRig, testClock } from '../test-support/agent-rig';
import { RESIDENCE_CONFIRMATION } from '../test-support/fixtures';

let rig: AgentRig | undefined;
afterEach(async () => {
  await rig?.close();
});

it('refuses an appointment on National Day and books a make-up Saturday', async () => {
  // Thursday 20/08/2026, 10:00 in Ho Chi Minh City.
  const clock = testClock('2026-08-20T03:00:00Z');
  rig = await startRig({
    centralPort: await freePort(),
    now: clock.now,
    procedures: [RESIDENCE_CONFIRMATION],
  });
  const book = (date: string, time: string) =>
    rig?.ask('queue.take', {
      kind: 'appointment',
      procedureId: 'residence-confirmation',
      language: 'en',
      date,
      time,
    });

  expect(await book('2026-09-02', '08:00')).toMatchObject({
    ok: false,
    error: { code: 'not_working_day', field: 'date' },
  });
  expect(await rig.ask('queue.slots', { date: '2026-09-02' })).toMatchObject({
    ok: false,
    error: { code: 'not_working_day' },
  });
  expect(await book('2026-08-23', '08:00')).toMatchObject({
    ok: false,
    error: { code: 'not_working_day' },
  });
  // Earlier today, and a time that is no slot.
  expect(await book('2026-08-20', '09:30')).toMatchObject({
    ok: false,
    error: { code: 'past', field: 'time' },
  });
  expect(await book('2026-08-21', '12:00')).toMatchObject({
    ok: false,
    error: { code: 'invalid_slot', field: 'time' },
  });

  // Saturday 22/08 is worked to make up for the holiday.
  expect(await book('2026-08-22', '13:30')).toMatchObject({
    ok: true,
    ticket: {
      number: 'H-001',
      kind: 'appointment',
      date: '2026-08-22',
      time: '13:30',
      procedureId: 'residence-confirmation',
    },
    print: 'printed',
  });
  const [job] = await rig.printed();
  expect(job?.lines).toEqual(
    expect.arrayContaining([
      'APPOINTMENT',
      'H-001',
      'Date: 22/08/2026',
      'Time: 13:30',
      'Procedure: Residence information confirmation',
    ]),
  );
  const queued = rig.agent.outbox
    .due(Number.MAX_SAFE_INTEGER, 100)
    .filter((item) => item.kind === 'kiosk.ticket');
  expect(queued).toHaveLength(1);
});
