import { afterEach, expect, it } from 'vitest';
import type { Desk } from '../testing/desk';
import { startDesk, waitForEvent } from '../testing/desk';
import { deliver, sampleDelivery } from '../testing/harness';
import { logInAs, staffFetch } from '../testing/staff-client';
import type { CaseView } from '../views';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('refuses a move the workflow does not allow with 409 invalid_transition, keeping the status', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, kiosk, operator, staff } = desk;
  const delivery = sampleDelivery();
  const code = delivery.dossier.code;
  const opened = waitForEvent<CaseView>(staff, 'case.updated');
  await deliver(kiosk.socket, delivery);
  expect(await opened).toMatchObject({ code, status: 'received' });
  const move = (body: unknown, login = operator, path = code) =>
    staffFetch(`${central.url}/api/dossiers/${path}/status`, {
      ...login,
      method: 'POST',
      body,
    });

  const skipped = await move({ status: 'done' });
  expect(skipped).toMatchObject({
    status: 409,
    body: { code: 'invalid_transition' },
  });
  expect(await move({ status: 'finished' })).toMatchObject({
    status: 400,
    body: { code: 'invalid_value' },
  });
  expect(
    await move({ status: 'inProgress', note: 'x'.repeat(301) }),
  ).toMatchObject({
    status: 400,
    body: { code: 'invalid_value' },
  });
  const viewer = await logInAs(central.url, 'viewer');
  expect(await move({ status: 'inProgress' }, viewer)).toMatchObject({
    status: 403,
    body: { code: 'auth.forbidden' },
  });
  expect(
    await move({ status: 'inProgress' }, operator, '000.00.00.H29-261203-0099'),
  ).toMatchObject({ status: 404, body: { code: 'not_found' } });

  const asked = await move({
    status: 'moreDocuments',
    note: 'Bổ sung bản sao giấy khai sinh',
  });
  expect(asked).toMatchObject({
    status: 200,
    body: {
      case: { status: 'moreDocuments', note: 'Bổ sung bản sao giấy khai sinh' },
    },
  });
  expect(await move({ status: 'done' })).toMatchObject({
    status: 409,
    body: { code: 'invalid_transition' },
  });
  await move({ status: 'inProgress' });
  await move({ status: 'done' });
  expect(await move({ status: 'inProgress' })).toMatchObject({
    status: 409,
    body: { code: 'invalid_transition' },
  });
  expect(await move({ status: 'returned' })).toMatchObject({
    status: 200,
    body: { case: { status: 'returned', level: 'none' } },
  });
});
