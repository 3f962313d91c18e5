import { afterEach, expect, it } from 'vitest';
import type { AgentRig } from '../test-support/agent-rig';
import { freePort, startRig, testClock } from '../test-support/agent-rig';
import { tempDir } from '../test-support/fixtures';

let rig: AgentRig | undefined;
afterEach(async () => {
  await rig?.close();
});

async function walkIn(from: AgentRig): Promise<unknown> {
  return from.ask('queue.take', { kind: 'walkIn' });
}

it('goes on numbering after a restart and starts at A-001 the next day', async () => {
  const dir = tempDir();
  const port = await freePort();
  // Thursday 03/12/2026, 09:00 in Ho Chi Minh City.
  const clock = testClock('2026-12-03T02:00:00Z');

  rig = await startRig({ dir, centralPort: port, now: clock.now });
  expect(await walkIn(rig)).toMatchObject({
    ok: true,
    ticket: { number: 'A-001', kind: 'walkIn', date: '2026-12-03' },
    print: 'printed',
  });
  expect(await walkIn(rig)).toMatchObject({ ticket: { number: 'A-002' } });
  await rig.close();

  rig = await startRig({ dir, centralPort: port, now: clock.now });
  expect(await walkIn(rig)).toMatchObject({
    ticket: { number: 'A-003', time: '09:00' },
  });

  // 23:59 is still Thursday there; 00:01 is Friday.
  clock.set('2026-12-03T16:59:00Z');
  expect(await walkIn(rig)).toMatchObject({
    ok: false,
    error: { code: 'office_closed' },
  });
  clock.set('2026-12-03T17:01:00Z');
  expect(await walkIn(rig)).toMatchObject({
    ticket: { number: 'A-001', date: '2026-12-04' },
  });

  // Each ticket went to the printer, its number large and its instruction.
  const jobs = await rig.printed();
  expect(jobs).toHaveLength(2);
  expect(jobs[1]?.lines).toEqual(
    expect.arrayContaining([
      'SỐ THỨ TỰ',
      'A-001',
      'Ngày: 04/12/2026',
      'Vui lòng chờ gọi số tại Bộ phận một cửa',
    ]),
  );
  // Four tickets wait for central in the outbox, none lost by the restart.
  const queued = rig.agent.outbox
    .due(Number.MAX_SAFE_INTEGER, 100)
    .filter((item) => item.kind === 'kiosk.ticket');
  expect(queued).toHaveLength(4);
});
