import { afterEach, expect, it } from 'vitest';
import type { AgentRig } from '../test-support/agent-rig';
import { freePort, startRig, testClock } from '../test-support/agent-rig';

let rig: AgentRig | undefined;
afterEach(async () => {
  await rig?.close();
});

it('refuses malformed service requests with specific errors and stores nothing', async () => {
  const clock = testClock('2026-12-03T03:00:00Z');
  rig = await startRig({ centralPort: await freePort(), now: clock.now });
  const cases: [string, unknown, Record<string, unknown>][] = [
    ['dossier.lookup', {}, { code: 'required', field: 'code' }],
    ['rating.submit', { score: 6 }, { code: 'too_long', field: 'score' }],
    ['rating.submit', { score: 3, note: 'x' }, { code: 'unknown_field' }],
    ['rating.submit', 'five stars', { code: 'invalid_type' }],
    ['queue.take', { kind: 'vip' }, { code: 'invalid_value', field: 'kind' }],
    [
      'queue.take',
      { kind: 'appointment', date: '2026-02-30', time: '08:00' },
      { code: 'invalid_format', field: 'date' },
    ],
    [
      'queue.take',
      { kind: 'walkIn', procedureId: 'no-such-procedure' },
      { code: 'unknown_procedure', field: 'procedureId' },
    ],
    ['queue.slots', { date: 'tomorrow' }, { code: 'invalid_format' }],
    ['help.request', null, { code: 'invalid_type' }],
  ];

  for (const [event, payload, error] of cases) {
    const answer = await rig.ask(event, payload);
    expect({ event, answer }).toMatchObject({
      event,
      answer: { ok: false, error },
    });
  }
  // Health events may come and go; nothing of the resident's may.
  const queued = rig.agent.outbox
    .due(Number.MAX_SAFE_INTEGER, 100)
    .filter((i) => i.kind !== 'kiosk.event' || i.ref === 'help.requested');
  expect(queued).toEqual([]);
  expect(await rig.printed()).toEqual([]);
});
