import { afterEach, expect, it } from 'vitest';
import type { AgentRig } from '../test-support/agent-rig';
import { freePort, startRig, testClock } from '../test-support/agent-rig';

let rig: AgentRig | undefined;
afterEach(async () => {
  await rig?.close();
});

it('refuses a booking once the slot holds its configured number', async () => {
  // Thursday 03/12/2026, 10:10 in Ho Chi Minh City.
  const clock = testClock('2026-12-03T03:10:00Z');
  rig = await startRig({
    centralPort: await freePort(),
    now: clock.now,
    settings: { appointmentsPerSlot: 2 },
  });
  const book = (time: string) =>
    rig?.ask('queue.take', { kind: 'appointment', date: '2026-12-03', time });

  expect(await book('14:00')).toMatchObject({ ticket: { number: 'H-001' } });
  expect(await book('14:00')).toMatchObject({ ticket: { number: 'H-002' } });
  expect(await book('14:00')).toMatchObject({
    ok: false,
    error: { code: 'slot_full', field: 'time' },
  });

  // Today's list starts at the next slot and shows the full one.
  const listed = (await rig.ask('queue.slots', { date: '2026-12-03' })) as {
    ok: true;
    slots: { time: string; free: number }[];
  };
  expect(listed.slots[0]).toEqual({ time: '10:30', free: 2 });
  expect(listed.slots).toContainEqual({ time: '14:00', free: 0 });
  expect(listed.slots.map((slot) => slot.time)).toEqual([
    '10:30',
    '13:30',
    '14:00',
    '14:30',
    '15:00',
    '15:30',
    '16:00',
  ]);

  // Another time is still open.
  expect(await book('14:30')).toMatchObject({ ticket: { number: 'H-003' } });
});
