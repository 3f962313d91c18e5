import { afterEach, expect, it } from 'vitest';
import type { AgentRig } from '../test-support/agent-rig';
import { freePort, startRig, testClock } from '../test-support/agent-rig';
import { RESIDENCE_CONFIRMATION, submission } from '../test-support/fixtures';

let rig: AgentRig | undefined;
afterEach(async () => {
  await rig?.close();
});

it('answers from the kiosk’s own record while central is unreachable', async () => {
  const clock = testClock('2026-12-03T03:00:00Z');
  rig = await startRig({
    centralPort: await freePort(),
    now: clock.now,
    procedures: [RESIDENCE_CONFIRMATION],
  });
  const submitted = (await rig.ask('dossier.submit', submission())) as {
    ok: boolean;
    receipt: { dossierCode: string; returnDate: string };
  };
  expect(submitted.ok).toBe(true);
  const { dossierCode, returnDate } = submitted.receipt;

  const answer = await rig.ask('dossier.lookup', { code: dossierCode });
  expect(answer).toEqual({
    ok: true,
    source: 'kiosk',
    dossier: {
      code: dossierCode,
      procedureId: 'residence-confirmation',
      status: 'received',
      receivedAt: '2026-12-03T03:00:00.000Z',
      dueDate: returnDate,
      updatedAt: '2026-12-03T03:00:00.000Z',
    },
  });

  const unknown = await rig.ask('dossier.lookup', {
    code: '000.00.00.H29-261203-1999',
  });
  expect(unknown).toMatchObject({
    ok: false,
    error: { code: 'central_unreachable' },
  });
});
