import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

const RECEIVED = '2026-12-03T10:00:00.000Z';

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('keeps each event once and answers the latest per kiosk and subject', async () => {
    const store = await place.open();
    const paperOut = {
      msgId: randomUUID(),
      kind: 'printer.paperOut',
      at: '2026-12-03T16:00:00+07:00',
      detail: 'tray empty',
    } as const;

    expect(await store.saveKioskEvent('KIOSK-A', paperOut, RECEIVED)).toBe(
      true,
    );
    expect(await store.saveKioskEvent('KIOSK-A', paperOut, RECEIVED)).toBe(
      false,
    );
    await store.saveKioskEvent(
      'KIOSK-A',
      {
        msgId: randomUUID(),
        kind: 'printer.ready',
        at: '2026-12-03T09:30:00Z',
      },
      RECEIVED,
    );
    await store.saveKioskEvent(
      'KIOSK-B',
      {
        msgId: randomUUID(),
        kind: 'printer.ready',
        at: '2026-12-03T08:00:00Z',
      },
      RECEIVED,
    );

    // 16:00 +07:00 is 09:00Z, before the 09:30Z recovery.
    expect(await store.latestKioskEvents()).toEqual([
      {
        kioskId: 'KIOSK-A',
        kind: 'printer.ready',
        at: '2026-12-03T09:30:00.000Z',
      },
      {
        kioskId: 'KIOSK-B',
        kind: 'printer.ready',
        at: '2026-12-03T08:00:00.000Z',
      },
    ]);
  });

  it('remembers when each kiosk was last seen', async () => {
    const store = await place.open();
    await store.touchKiosk('KIOSK-A', '2026-12-03T09:00:00.000Z');
    await store.touchKiosk('KIOSK-A', '2026-12-03T09:05:00.000Z');
    await store.touchKiosk('KIOSK-B', '2026-12-03T09:01:00.000Z');

    expect(await store.kioskLastSeen()).toEqual(
      new Map([
        ['KIOSK-A', '2026-12-03T09:05:00.000Z'],
        ['KIOSK-B', '2026-12-03T09:01:00.000Z'],
      ]),
    );
  });
});
