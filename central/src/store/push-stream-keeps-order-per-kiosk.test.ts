import { randomUUID } from 'node:crypto';
import type { PushItem } from '@motcua/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrollForTest } from './enroll-helper';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

const AT = '2026-12-03T09:30:00.000Z';

function configItem(n: number): PushItem {
  return {
    kind: 'config',
    config: { wardName: `ward ${n}`, retentionDays: n, idleTimeoutSeconds: 60 },
  };
}

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('gives each kiosk gapless seqs in one order under concurrent pushes', async () => {
    const store = await place.open();
    await enrollForTest(store, 'KIOSK-A');
    await enrollForTest(store, 'KIOSK-B');

    const commandId = randomUUID();
    await Promise.all([
      ...Array.from({ length: 10 }, (_, n) =>
        store.pushToEnrolled(configItem(n + 1), AT),
      ),
      store.queueCommand('KIOSK-A', {
        kind: 'command',
        commandId,
        name: 'reloadPage',
        issuedAt: AT,
      }),
    ]);

    const a = await store.pushItemsAfter('KIOSK-A', 0, 100);
    const b = await store.pushItemsAfter('KIOSK-B', 0, 100);
    expect(a.map((push) => push.seq)).toEqual(range(1, 11));
    expect(b.map((push) => push.seq)).toEqual(range(1, 10));
    // The broadcast items reach both kiosks in the same relative order.
    const configs = (pushes: typeof a) =>
      pushes.filter((push) => push.item.kind === 'config').map((p) => p.item);
    expect(configs(a)).toEqual(configs(b));
    expect(new Set(configs(a).map((item) => JSON.stringify(item))).size).toBe(
      10,
    );
    const command = a.find((push) => push.item.kind === 'command');
    expect((await store.listCommands('KIOSK-A'))[0]?.seq).toBe(command?.seq);
  });

  it('pages the stream after a seq, and skips revoked kiosks', async () => {
    const store = await place.open();
    await enrollForTest(store, 'KIOSK-A');
    await enrollForTest(store, 'KIOSK-B');
    await store.revokeKiosk('KIOSK-B', AT);

    for (let n = 1; n <= 5; n += 1) {
      expect(await store.pushToEnrolled(configItem(n), AT)).toEqual([
        'KIOSK-A',
      ]);
    }

    const page = await store.pushItemsAfter('KIOSK-A', 2, 2);
    expect(page).toEqual([
      { seq: 3, item: configItem(3) },
      { seq: 4, item: configItem(4) },
    ]);
    expect(await store.pushItemsAfter('KIOSK-B', 0, 10)).toEqual([]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, n) => from + n);
}
