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

async function start() {
  ({ central, kiosk } = await startWithKiosk());
}

it('refuses a dossier whose ID number is malformed, for good', async () => {
  await start();
  const delivery = sampleDelivery();
  const broken = {
    ...delivery,
    dossier: {
      ...delivery.dossier,
      applicant: { ...delivery.dossier.applicant, idNumber: '12345' },
    },
  };

  const answer = await deliver(kiosk.socket, broken);

  expect(answer).toEqual({
    ok: false,
    error: {
      code: 'invalid_format',
      message: 'must be 12 digits',
      field: 'dossier.applicant.idNumber',
    },
    retryable: false,
  });
  const { body } = await getJson(`${central.url}/api/dossiers`);
  expect(body).toEqual([]);
});

it('refuses a dossier made by another kiosk with kiosk.mismatch', async () => {
  await start();

  const answer = await deliver(
    kiosk.socket,
    sampleDelivery({ kioskId: 'KIOSK-OTHER-02' }),
  );

  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'kiosk.mismatch' },
    retryable: false,
  });
});

it('refuses a dossier for a procedure not in the catalog', async () => {
  await start();

  const answer = await deliver(
    kiosk.socket,
    sampleDelivery({ procedureId: 'dragon-licence' }),
  );

  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'unknown_procedure', field: 'dossier.procedureId' },
    retryable: false,
  });
});

it('survives a delivery sent without an ack callback', async () => {
  await start();
  kiosk.socket.emit('dossier.deliver', sampleDelivery());
  kiosk.socket.emit('dossier.deliver', { garbage: true }, 'not a function');

  // The next delivery on the same socket is still answered.
  const answer = await deliver(
    kiosk.socket,
    sampleDelivery({ code: '000.00.00.H29-261203-0002' }),
  );

  expect(answer).toMatchObject({ ok: true, duplicate: false });
});
