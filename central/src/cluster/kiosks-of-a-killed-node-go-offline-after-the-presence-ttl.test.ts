import type { KioskHeartbeat } from '@motcua/protocol';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  manualClock,
  nextEvent,
  startTestCentral,
} from '../testing/harness';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';
import type { KioskView } from '../views';
import type { ClusterStore, NodeProcess } from './testing';
import {
  clusterStore,
  connectStaffWith,
  eventMatching,
  startNodeProcess,
  TEST_REDIS_URL,
} from './testing';

let two: TestCentral | undefined;
let one: NodeProcess | undefined;
let kiosk: KioskClient | undefined;
let staff: Socket | undefined;
let store: ClusterStore | undefined;

afterEach(async () => {
  staff?.close();
  kiosk?.socket.close();
  await one?.kill();
  await two?.stop();
  await store?.dispose();
});

const PRESENCE_TTL_MS = 3_000;

const heartbeat: KioskHeartbeat = {
  kioskId: 'KIOSK-DEV-01',
  sentAt: '2026-12-03T02:20:00.000Z',
  uptimeSeconds: 600,
  agentVersion: '0.1.0',
  devices: [{ role: 'printer', driver: 'simulator', state: 'ready' }],
  outbox: { pending: 1, oldestAgeSeconds: 12 },
  freeDiskBytes: 8_000_000_000,
};

it('shows offline a killed node’s kiosk once its claim is stale', async () => {
  store = await clusterStore();
  const { dataDir, databaseUrl, redisKeyPrefix } = store;
  const clock = manualClock();
  two = await startTestCentral({
    dataDir,
    databaseUrl,
    redisUrl: TEST_REDIS_URL,
    redisKeyPrefix,
    presenceTtlMs: PRESENCE_TTL_MS,
    staff: TEST_STAFF,
    now: clock.now,
  });
  one = await startNodeProcess({
    MOTCUA_CENTRAL_DATA: dataDir,
    MOTCUA_DATABASE_URL: databaseUrl,
    MOTCUA_REDIS_URL: TEST_REDIS_URL,
    MOTCUA_REDIS_PREFIX: redisKeyPrefix,
    MOTCUA_PRESENCE_TTL_MS: String(PRESENCE_TTL_MS),
  });
  const key = await enrollKiosk(two);
  const viewer = await logInAs(two.url, 'viewer');
  staff = connectStaffWith(two.url, viewer);
  await nextEvent(staff, 'dashboard.snapshot');

  // The kiosk is on node 1 and heartbeats; node 2's dashboard follows.
  kiosk = await connectKiosk(one.url, key, { lastSeq: 3 });
  const beat = eventMatching<KioskView>(staff, 'kiosk.updated', (k) => {
    return k.heartbeat !== null;
  });
  kiosk.socket.emit('kiosk.heartbeat', heartbeat);
  const seen = await beat;

  // Node 1 dies without a word: until the TTL passes on node 2's clock,
  // its claim stands.
  await one.kill();
  const afterKill = await staffFetch(`${two.url}/api/kiosks`, viewer);

  const offline = eventMatching<KioskView>(staff, 'kiosk.updated', (k) => {
    return k.id === key.kioskId && !k.online;
  });
  clock.advance(PRESENCE_TTL_MS + 60_000);
  const gone = await offline;
  const afterTtl = await staffFetch(`${two.url}/api/kiosks`, viewer);

  expect(seen).toMatchObject({ online: true, heartbeat });
  expect(kioskIn(afterKill.body)).toMatchObject({ online: true, heartbeat });
  expect(gone).toMatchObject({ online: false, heartbeat });
  expect(gone.lastSeen).toBe(seen.lastSeen);
  expect(kioskIn(afterTtl.body)).toMatchObject({ online: false, heartbeat });
}, 60_000);

function kioskIn(body: unknown): KioskView | undefined {
  return (body as { kiosks: KioskView[] }).kiosks.find(
    (kiosk) => kiosk.id === 'KIOSK-DEV-01',
  );
}
