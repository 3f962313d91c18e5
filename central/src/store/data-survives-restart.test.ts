import { rm } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import {
  connectKiosk,
  deliver,
  getJson,
  makeDataDir,
  sampleDelivery,
  startTestCentral,
} from '../testing/harness';

let dataDir: string;

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it('keeps dossiers, kiosk last-seen and catalog seq across a restart', async () => {
  dataDir = await makeDataDir();
  const first = await startTestCentral({ dataDir });
  const kiosk = await connectKiosk(first.url);
  const delivery = sampleDelivery();
  await deliver(kiosk.socket, delivery);
  kiosk.socket.close();
  await first.stop();

  const second = await startTestCentral({ dataDir });
  const again = await connectKiosk(second.url);
  const [dossiers, kiosks, snapshot, redelivered] = await Promise.all([
    getJson(`${second.url}/api/dossiers`),
    getJson(`${second.url}/api/kiosks`),
    again.catalog,
    deliver(again.socket, delivery),
  ]);
  again.socket.close();
  await second.stop();

  expect(dossiers.body).toMatchObject([{ id: delivery.dossier.id }]);
  expect(kiosks.body).toMatchObject([
    { id: 'KIOSK-DEV-01', lastSeen: expect.any(String) },
  ]);
  expect(snapshot.seq).toBe(1);
  expect(redelivered).toMatchObject({ ok: true, duplicate: true });
});
