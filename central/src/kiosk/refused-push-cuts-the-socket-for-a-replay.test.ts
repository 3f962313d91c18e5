import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  nextEvent,
  startTestCentral,
} from '../testing/harness';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('stops at a refused item, cuts the socket, and replays it on reconnect', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const refusing = await connectKiosk(central.url, key, {
    ack: (push) =>
      push.seq === 2
        ? { ok: false, error: { code: 'disk.full', message: 'No space' } }
        : { ok: true },
  });
  const cut = nextEvent<string>(refusing.socket, 'disconnect');

  expect(await cut).toBe('io server disconnect');
  expect(refusing.pushes.map((push) => push.seq)).toEqual([1, 2]);

  const again = await connectKiosk(central.url, key, { lastSeq: 1 });
  const pushes = await again.pushCount(2);
  again.socket.close();

  expect(pushes.map((push) => push.seq)).toEqual([2, 3]);
  expect(central.logs.join('')).toContain('"event":"push-failed"');
});
