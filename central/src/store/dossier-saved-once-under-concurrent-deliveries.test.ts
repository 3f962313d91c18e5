import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDelivery } from '../testing/harness';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('stores a dossier delivered eight times at once exactly once', async () => {
    const store = await place.open();
    const { dossier } = sampleDelivery({
      attachments: [
        {
          requirementId: 'idCard',
          sha256: 'a'.repeat(64),
          size: 2048,
          mime: 'image/jpeg',
        },
      ],
    });

    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => store.saveDossier(dossier)),
    );

    const kinds = outcomes.map((outcome) => outcome.kind);
    expect(kinds.filter((kind) => kind === 'inserted')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'duplicate')).toHaveLength(7);
    expect(
      await store.db.query('SELECT dossier_id, size FROM dossier_attachments'),
    ).toEqual([{ dossier_id: dossier.id, size: 2048 }]);
    expect(await store.recentDossiers(10)).toEqual([dossier]);
    expect(await store.findDossierByCode(dossier.code)).toEqual(dossier);
  });

  it('answers codeTaken to another dossier with a stored code', async () => {
    const store = await place.open();
    const first = sampleDelivery().dossier;
    const clash = sampleDelivery({ code: first.code }).dossier;

    expect(await store.saveDossier(first)).toEqual({ kind: 'inserted' });
    expect(await store.saveDossier(clash)).toEqual({ kind: 'codeTaken' });
    expect(await store.saveDossier(first)).toEqual({ kind: 'duplicate' });
    expect(await store.recentDossiers(10)).toEqual([first]);
  });

  it('lists recent dossiers newest first, up to the limit', async () => {
    const store = await place.open();
    const older = sampleDelivery({
      code: '000.00.00.H29-261203-0001',
      receivedAt: '2026-12-03T08:00:00+07:00',
    }).dossier;
    const newer = sampleDelivery({
      code: '000.00.00.H29-261203-0002',
      // Earlier in text, later in time: order must follow UTC.
      receivedAt: '2026-12-03T02:30:00Z',
    }).dossier;

    await store.saveDossier(newer);
    await store.saveDossier(older);

    expect(await store.recentDossiers(10)).toEqual([newer, older]);
    expect(await store.recentDossiers(1)).toEqual([newer]);
    expect(
      await store.findDossierByCode('000.00.00.H29-999999-9999'),
    ).toBeUndefined();
  });
});
