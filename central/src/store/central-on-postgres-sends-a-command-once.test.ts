import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import {
  connectKiosk,
  enrollKiosk,
  getJson,
  postJson,
} from '../testing/harness';
import type { TestCentral } from '../testing/harness';
import { startPostgresCentral } from '../testing/postgres';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('sends a command over socket.io once and records its result in PostgreSQL', async () => {
  central = await startPostgresCentral({ allowOpenAdmin: true });
  const key = await enrollKiosk(central);
  const commandsUrl = `${central.url}/api/kiosks/${key.kioskId}/commands`;

  const queued = await postJson(commandsUrl, { name: 'reloadConfig' });
  const { commandId } = queued.body as { commandId: string };
  const kiosk = await connectKiosk(central.url, key, { lastSeq: 3 });
  const [push] = await kiosk.pushCount(1);
  const result = { msgId: randomUUID(), commandId, ok: true };
  const acks = [
    await kiosk.socket.timeout(5_000).emitWithAck('command.result', result),
    await kiosk.socket.timeout(5_000).emitWithAck('command.result', result),
  ];
  kiosk.socket.close();
  const after = await getJson(commandsUrl);

  expect(queued.status).toBe(202);
  expect(push).toMatchObject({
    seq: 4,
    item: { kind: 'command', commandId, name: 'reloadConfig' },
  });
  expect(acks).toEqual([
    { ok: true, duplicate: false },
    { ok: true, duplicate: true },
  ]);
  expect(after.body).toEqual([
    expect.objectContaining({ commandId, seq: 4, status: 'done' }),
  ]);
});
