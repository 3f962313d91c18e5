import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from '../test-support/agent-rig';
import {
  freePort,
  startRig,
  startStandInCentral,
  testClock,
} from '../test-support/agent-rig';
import { tempDir } from '../test-support/fixtures';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

it('keeps a rating taken offline through a restart and delivers it once', async () => {
  const dir = tempDir();
  const port = await freePort();
  const clock = testClock('2026-12-03T03:00:00Z');

  // Offline: the rating is committed and the page hears ok.
  rig = await startRig({ dir, centralPort: port, now: clock.now });
  const answer = await rig.ask('rating.submit', {
    score: 4,
    dossierCode: '000.00.00.H29-261203-1001',
  });
  expect(answer).toEqual({ ok: true });
  await rig.close();
  rig = undefined;

  // Back online after a restart: central gets it.
  central = await startStandInCentral({ port });
  rig = await startRig({ dir, centralPort: port, now: clock.now });
  const [rating] = await central.waitFor('kiosk.rating');
  expect(rating).toEqual({
    msgId: expect.any(String),
    at: '2026-12-03T03:00:00.000Z',
    score: 4,
    dossierCode: '000.00.00.H29-261203-1001',
  });
  await expect
    .poll(() =>
      rig?.agent.outbox
        .due(Number.MAX_SAFE_INTEGER, 100)
        .some((item) => item.kind === 'kiosk.rating'),
    )
    .toBe(false);
  await rig.close();

  // Another restart: the outbox sends in order, so once the help event
  // sent after it arrives, a second copy of the rating would have too.
  rig = await startRig({ dir, centralPort: port, now: clock.now });
  await rig.ask('help.request', { reason: 'other' });
  await expect
    .poll(() => central?.received.get('kiosk.event'), { timeout: 10_000 })
    .toContainEqual(expect.objectContaining({ kind: 'help.requested' }));
  expect(central.received.get('kiosk.rating')).toHaveLength(1);
});
