import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from '../test-support/agent-rig';
import {
  startRig,
  startStandInCentral,
  testClock,
} from '../test-support/agent-rig';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

it('tells central a resident asked for staff, as a kiosk.event', async () => {
  central = await startStandInCentral({});
  const clock = testClock('2026-12-03T03:00:00Z');
  rig = await startRig({ centralPort: central.port, now: clock.now });

  const refused = await rig.ask('help.request', { reason: 'lonely' });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'invalid_value', field: 'reason' },
  });

  expect(await rig.ask('help.request', { reason: 'callStaff' })).toEqual({
    ok: true,
  });
  await expect
    .poll(() => central?.received.get('kiosk.event'), { timeout: 10_000 })
    .toContainEqual({
      msgId: expect.any(String),
      kind: 'help.requested',
      at: '2026-12-03T03:00:00.000Z',
      detail: 'callStaff',
    });
});
