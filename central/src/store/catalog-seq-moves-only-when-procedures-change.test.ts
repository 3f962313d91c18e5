import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedProcedures } from '../catalog/seed';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('keeps the catalog seq for the same procedures, moves it for new ones', async () => {
    const store = await place.open();
    const changed = seedProcedures.slice(1);

    const first = await store.publishCatalog(seedProcedures);
    const same = await store.publishCatalog(seedProcedures);
    const next = await store.publishCatalog(changed);
    const back = await store.publishCatalog(seedProcedures);

    expect([first.seq, same.seq, next.seq, back.seq]).toEqual([1, 1, 2, 3]);
    expect(back.procedures).toEqual(seedProcedures);
  });

  it('keeps the catalog and calendar across a re-open', async () => {
    const store = await place.open();
    expect(await store.readCalendar()).toBeUndefined();
    await store.publishCatalog(seedProcedures.slice(0, 1));
    await store.publishCatalog(seedProcedures);
    const calendar = {
      version: '2026-test',
      daysOff: ['2026-01-01'],
      workingSaturdays: [],
    };
    await store.saveCalendar(calendar);
    await store.close();

    const again = await place.open();
    expect(await again.publishCatalog(seedProcedures)).toMatchObject({
      seq: 2,
    });
    expect(await again.readCalendar()).toEqual(calendar);
  });
});
