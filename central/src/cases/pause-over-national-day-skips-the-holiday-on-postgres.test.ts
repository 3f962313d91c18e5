import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { startDesk } from '../testing/desk';
import { deliver, sampleDelivery } from '../testing/harness';
import type { TestSchema } from '../testing/postgres';
import { createTestSchema } from '../testing/postgres';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { CaseView } from '../views';

let desk: Desk | undefined;
let schema: TestSchema | undefined;

afterEach(async () => {
  await desk?.close();
  await schema?.drop();
});

const HOUR = 60 * 60 * 1000;

it('moves the due date by one working day for a pause over the National Day holidays, kept in PostgreSQL', async () => {
  schema = await createTestSchema();
  // Received Thursday 27/08/2026 09:15 HCMC, one working day: due Friday
  // 28/08 17:00 HCMC (10:00 UTC). The clock starts at 10:00 HCMC.
  desk = await startDesk(new Date('2026-08-27T03:00:00Z'), {
    databaseUrl: schema.url,
  });
  const { central, clock, kiosk, tasks } = desk;
  const { url } = central;
  const delivery = sampleDelivery({
    code: '000.00.00.H29-260827-0001',
    receivedAt: '2026-08-27T09:15:00+07:00',
    returnDate: '2026-08-28',
  });
  const code = delivery.dossier.code;
  expect(await deliver(kiosk.socket, delivery)).toMatchObject({ ok: true });
  const moveTo = async (status: string) => {
    const answer = await staffFetch(`${url}/api/dossiers/${code}/status`, {
      ...(await logInAs(url, 'operator')),
      method: 'POST',
      body: { status },
    });
    expect(answer.status).toBe(200);
    return (answer.body as { case: CaseView }).case;
  };

  // Paused Friday 28/08 08:00 HCMC; resumed Thursday 03/09 09:00 HCMC.
  // Saturday 29/08 to Wednesday 02/09 are weekend and holidays: only
  // Friday 28/08 was paused, so the due date moves to Thursday 03/09.
  clock.advance(22 * HOUR);
  expect(await moveTo('moreDocuments')).toMatchObject({
    pausedSince: '2026-08-28T01:00:00.000Z',
  });
  clock.advance(6 * 24 * HOUR + HOUR);
  await tasks.run('deadlines');
  const board = await staffFetch(
    `${url}/api/deadlines`,
    await logInAs(url, 'viewer'),
  );
  expect(board.body).toMatchObject({
    cases: [{ code, level: 'none', status: 'moreDocuments' }],
  });
  expect(await moveTo('inProgress')).toMatchObject({
    pausedSince: null,
    dueAt: '2026-09-03T10:00:00.000Z',
    level: 'green',
  });
}, 30_000);
