import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from '../test-support/agent-rig';
import {
  startRig,
  startStandInCentral,
  testClock,
} from '../test-support/agent-rig';
import { RESIDENCE_CONFIRMATION, submission } from '../test-support/fixtures';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

it('answers from the kiosk when central’s answer breaks its schema', async () => {
  central = await startStandInCentral({
    lookup: () => ({ ok: true, source: 'central', dossier: { code: 42 } }),
  });
  const clock = testClock('2026-12-03T03:00:00Z');
  rig = await startRig({
    centralPort: central.port,
    now: clock.now,
    procedures: [RESIDENCE_CONFIRMATION],
  });
  const submitted = (await rig.ask('dossier.submit', submission())) as {
    receipt: { dossierCode: string };
  };
  const code = submitted.receipt.dossierCode;
  // Delivered and purged: the minimal record is what the kiosk keeps.
  await central.waitFor('dossier.deliver');

  const answer = await rig.ask('dossier.lookup', { code });
  expect(central.received.get('dossier.lookup')).toEqual([{ code }]);
  expect(answer).toMatchObject({
    ok: true,
    source: 'kiosk',
    dossier: { code, status: 'received', dueDate: '2026-12-04' },
  });
  const rejected = rig.logLines.filter((line) =>
    line.includes('"message":"dossier.lookedUp"'),
  );
  expect(rejected).toHaveLength(1);
  // The log names the dossier by code only, never the resident.
  expect(rig.logLines.join('')).not.toContain('NGUYỄN');
  expect(rig.logLines.join('')).not.toContain('079090001234');
});
