import { randomUUID } from 'node:crypto';
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

it('acks a re-delivered dossier as a duplicate and stores it once', async () => {
  ({ central, kiosk } = await startWithKiosk());
  const first = sampleDelivery();
  // A retry after a lost ack carries a new message id for the same dossier.
  const retry = { ...first, msgId: randomUUID() };

  const answers = [
    await deliver(kiosk.socket, first),
    await deliver(kiosk.socket, retry),
  ];

  expect(answers).toEqual([
    { ok: true, dossierId: first.dossier.id, duplicate: false },
    { ok: true, dossierId: first.dossier.id, duplicate: true },
  ]);
  const { body } = await getJson(`${central.url}/api/dossiers`);
  expect(body).toHaveLength(1);
});

it('refuses for good a different dossier that reuses a stored code', async () => {
  ({ central, kiosk } = await startWithKiosk());
  await deliver(kiosk.socket, sampleDelivery());

  const answer = await deliver(kiosk.socket, sampleDelivery());

  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'dossier.code_taken', field: 'dossier.code' },
    retryable: false,
  });
});
