import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  getJson,
  postJson,
  startTestCentral,
} from '../testing/harness';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('moves a command from queued to sent to done, and only once', async () => {
  central = await startTestCentral({ allowOpenAdmin: true });
  const key = await enrollKiosk(central);
  const commandsUrl = `${central.url}/api/kiosks/${key.kioskId}/commands`;

  const queued = await postJson(commandsUrl, { name: 'printTestSlip' });
  const { commandId } = queued.body as { commandId: string };
  const before = await getJson(commandsUrl);

  const kiosk = await connectKiosk(central.url, key, { lastSeq: 3 });
  const [push] = await kiosk.pushCount(1);
  const result = {
    msgId: randomUUID(),
    commandId,
    ok: true,
    detail: 'Printed',
  };
  const acks = [
    await kiosk.socket.timeout(5_000).emitWithAck('command.result', result),
    await kiosk.socket.timeout(5_000).emitWithAck('command.result', result),
  ];
  kiosk.socket.close();

  // Reconnecting after applying seq 4 must not bring the command again.
  const again = await connectKiosk(central.url, key, { lastSeq: 4 });
  await central.central.sendCommand(key.kioskId, 'reloadPage');
  const replayed = await again.pushCount(1);
  again.socket.close();
  const after = await getJson(commandsUrl);

  expect(queued.status).toBe(202);
  expect(before.body).toMatchObject([{ commandId, status: 'queued' }]);
  expect(push).toMatchObject({
    seq: 4,
    item: { kind: 'command', commandId, name: 'printTestSlip' },
  });
  expect(acks).toEqual([
    { ok: true, duplicate: false },
    { ok: true, duplicate: true },
  ]);
  expect(replayed.map((p) => p.seq)).toEqual([5]);
  expect(after.body).toContainEqual(
    expect.objectContaining({
      commandId,
      status: 'done',
      detail: 'Printed',
      sentAt: expect.any(String),
      finishedAt: expect.any(String),
    }),
  );
});

it('refuses for good a result for a command this kiosk never got', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key, { lastSeq: 3 });

  const ack = await kiosk.socket.timeout(5_000).emitWithAck('command.result', {
    msgId: randomUUID(),
    commandId: randomUUID(),
    ok: true,
  });
  kiosk.socket.close();

  expect(ack).toMatchObject({
    ok: false,
    error: { code: 'command.unknown' },
    retryable: false,
  });
});
