import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  deliver,
  getJson,
  sampleDelivery,
  startWithKiosk,
} from '../testing/harness';
import { blobChunk, makeBlob, uploadBlob } from '../testing/blobs';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

it('refuses retryably until every blob is complete, then stores the dossier', async () => {
  ({ central, kiosk } = await startWithKiosk());
  const scan = makeBlob(3000, 1);
  const photo = makeBlob(2000, 2);
  const delivery = sampleDelivery({
    attachments: [
      {
        requirementId: 'residence',
        sha256: scan.sha256,
        size: scan.size,
        mime: 'image/jpeg',
      },
      {
        requirementId: 'photo',
        sha256: photo.sha256,
        size: photo.size,
        mime: 'image/png',
      },
    ],
  });

  await uploadBlob(kiosk.socket, scan);
  await blobChunk(kiosk.socket, photo, 0, photo.bytes.subarray(0, 1000));
  const early = await deliver(kiosk.socket, delivery);
  const listedEarly = await getJson(`${central.url}/api/dossiers`);

  await uploadBlob(kiosk.socket, photo);
  const accepted = await deliver(kiosk.socket, delivery);

  expect(early).toMatchObject({
    ok: false,
    error: { code: 'attachments.missing', field: 'dossier.attachments.1' },
    retryable: true,
  });
  expect(listedEarly.body).toEqual([]);
  expect(accepted).toEqual({
    ok: true,
    dossierId: delivery.dossier.id,
    duplicate: false,
  });
});

it('refuses retryably an attachment whose size differs from the blob', async () => {
  ({ central, kiosk } = await startWithKiosk());
  const scan = makeBlob(500);
  await uploadBlob(kiosk.socket, scan);

  const answer = await deliver(
    kiosk.socket,
    sampleDelivery({
      attachments: [
        {
          requirementId: 'residence',
          sha256: scan.sha256,
          size: 501,
          mime: 'image/jpeg',
        },
      ],
    }),
  );

  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'attachments.missing' },
    retryable: true,
  });
});
