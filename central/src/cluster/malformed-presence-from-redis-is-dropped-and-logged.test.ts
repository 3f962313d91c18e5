import { createClient } from 'redis';
import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { getJson, startTestCentral } from '../testing/harness';
import type { KioskView } from '../views';
import { clusterKeys } from './keys';
import { deleteKeys, TEST_REDIS_URL, testKeyPrefix } from './testing';

let node: TestCentral | undefined;
let prefix: string;
const redis = createClient({ url: TEST_REDIS_URL });

afterEach(async () => {
  await node?.dispose();
  await redis.close();
  await deleteKeys(prefix);
});

const OTHER_NODE = 'other-host:4242:abcdef';
const hold = {
  lastSeen: '2026-12-03T02:20:00.000Z',
  heartbeat: {
    kioskId: 'KIOSK-ELSEWHERE',
    sentAt: '2026-12-03T02:20:00.000Z',
    uptimeSeconds: 60,
    agentVersion: '0.1.0',
    devices: [],
    outbox: { pending: 0, oldestAgeSeconds: null },
    freeDiskBytes: 1_000_000,
  },
};

it('drops malformed presence messages and applies a good one', async () => {
  prefix = testKeyPrefix();
  const keys = clusterKeys(prefix);
  const rejected: Record<string, unknown>[] = [];
  let onRejected: (() => void) | undefined;
  node = await startTestCentral({
    redisUrl: TEST_REDIS_URL,
    redisKeyPrefix: prefix,
    log: (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (parsed['event'] !== 'message-rejected') return;
      rejected.push(parsed);
      onRejected?.();
    },
  });
  await redis.connect();
  await redis.hSet(keys.nodes, OTHER_NODE, new Date().toISOString());
  const threeRejected = new Promise<void>((resolve) => {
    onRejected = () => {
      if (rejected.length >= 3) resolve();
    };
  });

  // Messages on one channel arrive in order: the good one is applied
  // before the third bad one is rejected.
  const publish = (message: unknown) =>
    redis.publish(keys.presence, JSON.stringify(message));
  await redis.publish(keys.presence, 'not json {');
  await publish({ from: OTHER_NODE, kind: 'held', kioskId: 'K-1', hold: {} });
  await publish({
    from: OTHER_NODE,
    kind: 'held',
    kioskId: 'KIOSK-ELSEWHERE',
    hold,
  });
  await publish({ from: OTHER_NODE, kind: 'teleported', kioskId: 'K-2' });
  await threeRejected;
  const { body } = await getJson(`${node.url}/api/kiosks`);
  const kiosks = (body as { kiosks: KioskView[] }).kiosks;

  expect(rejected.map((line) => line['error'])).toEqual([
    expect.objectContaining({ code: 'cluster.bad_message' }),
    expect.objectContaining({ code: 'cluster.bad_message', field: 'hold' }),
    expect.objectContaining({ code: 'cluster.bad_message', field: 'kind' }),
  ]);
  expect(kiosks.map((kiosk) => kiosk.id)).toEqual(['KIOSK-ELSEWHERE']);
  expect(kiosks[0]).toMatchObject({
    online: true,
    lastSeen: hold.lastSeen,
    heartbeat: hold.heartbeat,
  });
}, 30_000);
