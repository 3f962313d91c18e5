import { rm } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import {
  connectKiosk,
  deliver,
  enrollKiosk,
  getJson,
  makeDataDir,
  sampleDelivery,
  startTestCentral,
} from '../testing/harness';

let dataDir: string;

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it('keeps dossiers, the kiosk key, last-seen and its stream across a restart', async () => {
  dataDir = await makeDataDir();
  const first = await startTestCentral({ dataDir });
  const key = await enrollKiosk(first);
  const kiosk = await connectKiosk(first.url, key);
  await kiosk.pushCount(3);
  const delivery = sampleDelivery();
  await deliver(kiosk.socket, delivery);
  kiosk.socket.close();
  await first.stop();

  const second = await startTestCentral({ dataDir });
  await second.central.sendCommand(key.kioskId, 'reloadPage');
  const again = await connectKiosk(second.url, key, { lastSeq: 3 });
  const [dossiers, kiosks, pushes, redelivered] = await Promise.all([
    getJson(`${second.url}/api/dossiers`),
    getJson(`${second.url}/api/kiosks`),
    again.pushCount(1),
    deliver(again.socket, delivery),
  ]);
  again.socket.close();
  await second.stop();

  expect(dossiers.body).toMatchObject([{ id: delivery.dossier.id }]);
  expect(kiosks.body).toMatchObject({
    kiosks: [{ id: 'KIOSK-DEV-01', lastSeen: expect.any(String) }],
  });
  expect(pushes).toMatchObject([{ seq: 4, item: { kind: 'command' } }]);
  expect(redelivered).toMatchObject({ ok: true, duplicate: true });
});
