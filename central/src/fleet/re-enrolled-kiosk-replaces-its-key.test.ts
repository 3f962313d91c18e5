import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  getJson,
  nextEvent,
  startTestCentral,
} from '../testing/harness';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('binds the new key, cuts the old one and restarts the stream after it', async () => {
  central = await startTestCentral();
  const broken = await enrollKiosk(central);
  const old = await connectKiosk(central.url, broken);
  await old.pushCount(3);
  await central.central.sendCommand(broken.kioskId, 'uploadLogs');
  await old.pushCount(4);
  const pending = await central.central.sendCommand(
    broken.kioskId,
    'reloadPage',
  );
  await old.pushCount(5);
  const cut = nextEvent<string>(old.socket, 'disconnect');

  const repaired = await enrollKiosk(central);
  const fresh = await connectKiosk(central.url, repaired, { lastSeq: 0 });
  const pushes = await fresh.pushCount(3);
  const commands = await getJson(
    `${central.url}/api/kiosks/${broken.kioskId}/commands`,
  );

  expect(await cut).toBe('io server disconnect');
  await expect(connectKiosk(central.url, broken)).rejects.toMatchObject({
    code: 'kiosk.bad_signature',
  });
  expect(pushes.map((push) => [push.seq, push.item.kind])).toEqual([
    [6, 'catalog'],
    [7, 'calendar'],
    [8, 'config'],
  ]);
  expect(commands.body).toContainEqual(
    expect.objectContaining({
      commandId: pending.commandId,
      status: 'failed',
    }),
  );
  fresh.socket.close();
});
