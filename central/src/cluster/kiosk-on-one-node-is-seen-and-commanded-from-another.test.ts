import { randomUUID } from 'node:crypto';
import type { KioskHeartbeat } from '@motcua/protocol';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  nextEvent,
  startTestCentral,
} from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';
import type { CommandRecord } from '../store/types';
import type { KioskView } from '../views';
import type { ClusterStore } from './testing';
import { clusterStore, connectStaffWith, eventMatching } from './testing';

let nodes: TestCentral[] = [];
let kiosk: KioskClient | undefined;
let staff: Socket | undefined;
let store: ClusterStore | undefined;

afterEach(async () => {
  staff?.close();
  kiosk?.socket.close();
  for (const node of nodes) await node.stop();
  nodes = [];
  await store?.dispose();
});

const heartbeat: KioskHeartbeat = {
  kioskId: 'KIOSK-DEV-01',
  sentAt: '2026-12-03T02:20:00.000Z',
  uptimeSeconds: 600,
  agentVersion: '0.1.0',
  devices: [{ role: 'printer', driver: 'simulator', state: 'ready' }],
  outbox: { pending: 0, oldestAgeSeconds: null },
  freeDiskBytes: 8_000_000_000,
};

it('shows a kiosk on node 1 to staff on node 2, who commands it', async () => {
  store = await clusterStore();
  const shared = {
    dataDir: store.dataDir,
    databaseUrl: store.databaseUrl,
    redisUrl: store.redisUrl,
    redisKeyPrefix: store.redisKeyPrefix,
    staff: TEST_STAFF,
  };
  const one = await startTestCentral(shared);
  nodes.push(one);
  const two = await startTestCentral(shared);
  nodes.push(two);
  const key = await enrollKiosk(one);

  // A dashboard on node 2, then the kiosk connects to node 1.
  const operator = await logInAs(two.url, 'operator');
  staff = connectStaffWith(two.url, operator);
  await nextEvent(staff, 'dashboard.snapshot');
  const online = eventMatching<KioskView>(staff, 'kiosk.updated', (k) => {
    return k.id === key.kioskId && k.online;
  });
  kiosk = await connectKiosk(one.url, key, { lastSeq: 3 });
  await online;

  const beat = eventMatching<KioskView>(staff, 'kiosk.updated', (k) => {
    return k.heartbeat !== null;
  });
  kiosk.socket.emit('kiosk.heartbeat', heartbeat);
  const seenLive = await beat;
  const listed = await staffFetch(`${two.url}/api/kiosks`, operator);

  // The operator on node 2 sends a test print; node 1 delivers it.
  const done = eventMatching<CommandRecord>(staff, 'command.updated', (c) => {
    return c.status === 'done';
  });
  const queued = await staffFetch(
    `${two.url}/api/kiosks/${key.kioskId}/commands`,
    { ...operator, method: 'POST', body: { name: 'printTestSlip' } },
  );
  const { commandId } = queued.body as { commandId: string };
  const [push] = await kiosk.pushCount(1);
  const ack: unknown = await kiosk.socket
    .timeout(5_000)
    .emitWithAck('command.result', {
      msgId: randomUUID(),
      commandId,
      ok: true,
      detail: 'Printed',
    });
  const finished = await done;
  const commands = await staffFetch(
    `${two.url}/api/kiosks/${key.kioskId}/commands`,
    operator,
  );

  expect(seenLive).toMatchObject({ online: true, heartbeat });
  expect(listed.body).toMatchObject({ kiosks: [expect.anything()] });
  expect((listed.body as { kiosks: KioskView[] }).kiosks).toContainEqual(
    expect.objectContaining({ id: key.kioskId, online: true, heartbeat }),
  );
  expect(queued.status).toBe(202);
  expect(push).toMatchObject({
    seq: 4,
    item: { kind: 'command', commandId, name: 'printTestSlip' },
  });
  expect(ack).toEqual({ ok: true, duplicate: false });
  expect(finished).toMatchObject({ commandId, detail: 'Printed' });
  expect(commands.body).toMatchObject([
    { commandId, status: 'done', sentAt: expect.any(String) },
  ]);
}, 30_000);
