import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  startTestCentral,
} from '../testing/harness';
import { calendar2026 } from '../catalog/calendar';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('replays only what came after lastSeq, in order, then live items', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const first = await connectKiosk(central.url, key);
  await first.pushCount(3);
  first.socket.close();

  // While the kiosk is away, three more items pile up.
  await central.central.publishCalendar({ ...calendar2026, version: '2026.2' });
  await central.central.sendCommand(key.kioskId, 'printTestSlip');
  await central.central.publishCatalog();

  const again = await connectKiosk(central.url, key, { lastSeq: 2 });
  await again.pushCount(4);
  await central.central.sendCommand(key.kioskId, 'reloadPage');
  const pushes = await again.pushCount(5);
  again.socket.close();

  expect(pushes.map((push) => [push.seq, push.item.kind])).toEqual([
    [3, 'config'],
    [4, 'calendar'],
    [5, 'command'],
    [6, 'catalog'],
    [7, 'command'],
  ]);
  expect(pushes[1]?.item).toMatchObject({ calendar: { version: '2026.2' } });
});

it('sends items queued at once one at a time, each after the last ack', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key, { lastSeq: 3 });

  await Promise.all(
    (
      ['printTestSlip', 'reloadPage', 'reloadConfig', 'uploadLogs'] as const
    ).map((name) => central.central.sendCommand(key.kioskId, name)),
  );
  const pushes = await kiosk.pushCount(4);
  kiosk.socket.close();

  expect(pushes.map((push) => push.seq)).toEqual([4, 5, 6, 7]);
});
