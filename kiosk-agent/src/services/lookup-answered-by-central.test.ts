import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from '../test-support/agent-rig';
import {
  startRig,
  startStandInCentral,
  testClock,
} from '../test-support/agent-rig';
import { RESIDENCE_CONFIRMATION } from '../test-support/fixtures';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

const KNOWN = '000.00.00.H29-261201-1004';

it('answers a lookup with the status central holds, and central’s not found', async () => {
  central = await startStandInCentral({
    lookup: (payload) => {
      const { code } = payload as { code: string };
      return code === KNOWN
        ? {
            ok: true,
            source: 'central',
            dossier: {
              code,
              procedureId: 'residence-confirmation',
              status: 'inProgress',
              receivedAt: '2026-12-01T02:00:00.000Z',
              dueDate: '2026-12-02',
              updatedAt: '2026-12-02T04:00:00.000Z',
            },
          }
        : {
            ok: false,
            error: { code: 'not_found', message: 'No such dossier' },
          };
    },
  });
  const clock = testClock('2026-12-03T03:00:00Z');
  rig = await startRig({
    centralPort: central.port,
    now: clock.now,
    procedures: [RESIDENCE_CONFIRMATION],
  });

  // The link comes up on its own; the heartbeat says it is there.
  await expect
    .poll(() => rig?.logLines.some((l) => l.includes('central-connected')))
    .toBe(true);

  const found = await rig.ask('dossier.lookup', { code: KNOWN });
  expect(found).toMatchObject({
    ok: true,
    source: 'central',
    dossier: { code: KNOWN, status: 'inProgress' },
  });

  const unknown = await rig.ask('dossier.lookup', {
    code: '000.00.00.H29-261201-1999',
  });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(central.received.get('dossier.lookup')).toHaveLength(2);

  const malformed = await rig.ask('dossier.lookup', { code: 'HS-1' });
  expect(malformed).toMatchObject({
    ok: false,
    error: { code: 'invalid_format', field: 'code' },
  });
  expect(central.received.get('dossier.lookup')).toHaveLength(2);
});
