import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  deliver,
  getJson,
  sampleDelivery,
  startWithKiosk,
} from '../testing/harness';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

it('stores a delivered dossier and acks it after commit', async () => {
  ({ central, kiosk } = await startWithKiosk());
  const delivery = sampleDelivery();

  const answer = await deliver(kiosk.socket, delivery);

  expect(answer).toEqual({
    ok: true,
    dossierId: delivery.dossier.id,
    duplicate: false,
  });
  const { status, body } = await getJson(
    `${central.url}/api/dossiers/${delivery.dossier.code}`,
  );
  expect(status).toBe(200);
  expect(body).toEqual({
    id: delivery.dossier.id,
    code: '000.00.00.H29-261203-0001',
    kioskId: 'KIOSK-DEV-01',
    procedureId: 'residence-confirmation',
    receivedAt: '2026-12-03T02:15:00.000Z',
    returnDate: '2026-12-04',
    applicantName: 'N***** V** A*',
    idNumber: '079******456',
  });
  expect(central.logs.some((line) => line.includes('NGUYỄN'))).toBe(false);
});

it('answers 404 not_found for a code it does not have', async () => {
  ({ central, kiosk } = await startWithKiosk());

  const { status, body } = await getJson(
    `${central.url}/api/dossiers/000.00.00.H29-261203-9999`,
  );

  expect(status).toBe(404);
  expect(body).toMatchObject({ code: 'not_found' });
});
