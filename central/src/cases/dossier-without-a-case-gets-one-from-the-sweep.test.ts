import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { CENTRAL_DB_FILE } from '../store/central-store';
import type { Desk } from '../testing/desk';
import { startDesk } from '../testing/desk';
import { deliver, sampleDelivery } from '../testing/harness';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { CaseView } from '../views';

let desk: Desk | undefined;

afterEach(async () => {
  await desk?.close();
});

it('opens a case for a stored dossier that has none, on the next deadline sweep', async () => {
  const start = new Date('2026-12-03T03:00:00Z');
  desk = await startDesk(start);
  const delivery = sampleDelivery();
  await deliver(desk.kiosk.socket, delivery);
  const { dataDir } = desk.central;
  desk.kiosk.socket.close();
  desk.staff.close();
  await desk.central.stop();

  // As a dossier stored before cases existed, or whose case insert failed.
  const db = new Database(join(dataDir, CENTRAL_DB_FILE));
  db.prepare('DELETE FROM cases').run();
  db.close();

  desk = await startDesk(start, { dataDir });
  const viewer = await logInAs(desk.central.url, 'viewer');
  const before = await staffFetch(`${desk.central.url}/api/deadlines`, viewer);
  await desk.tasks.run('deadlines');
  const after = await staffFetch(`${desk.central.url}/api/deadlines`, viewer);

  expect(before.body).toEqual({ cases: [] });
  const cases = (after.body as { cases: CaseView[] }).cases;
  expect(cases).toMatchObject([
    {
      code: delivery.dossier.code,
      ward: 'Phường Sài Gòn',
      status: 'received',
      dueAt: '2026-12-04T10:00:00.000Z',
    },
  ]);
});
