import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnrollRequest, NewEnrollmentToken } from './types';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

const TOKEN: NewEnrollmentToken = {
  tokenSha256: 'f'.repeat(64),
  kioskId: 'KIOSK-Q1-01',
  ward: 'Phường Bến Thành',
  address: '1 Lê Lợi',
  expiresAt: '2026-12-03T10:00:00.000Z',
};

function request(publicKey: string, at: string): EnrollRequest {
  return {
    tokenSha256: TOKEN.tokenSha256,
    publicKey,
    agentVersion: '0.1.0',
    at,
    initialItems: (slot) => [
      {
        kind: 'config',
        config: {
          wardName: slot.ward,
          retentionDays: 30,
          idleTimeoutSeconds: 120,
        },
      },
    ],
  };
}

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('lets only one of two concurrent enrolls burn the token', async () => {
    const store = await place.open();
    await store.saveEnrollmentToken(TOKEN);
    const at = '2026-12-03T09:00:00.000Z';

    const outcomes = await Promise.all([
      store.enroll(request('key-A', at)),
      store.enroll(request('key-B', at)),
    ]);

    const enrolled = outcomes.filter((outcome) => outcome.kind === 'enrolled');
    expect(enrolled).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'used')).toHaveLength(
      1,
    );
    const slot = await store.findKiosk(TOKEN.kioskId);
    expect(slot).toMatchObject({
      ward: TOKEN.ward,
      enrolledAt: at,
      revokedAt: null,
      streamStart: 0,
    });
    expect(['key-A', 'key-B']).toContain(slot?.publicKey);
    // The winner's first item, and only one set of them.
    expect(await store.pushItemsAfter(TOKEN.kioskId, 0, 10)).toEqual([
      { seq: 1, item: expect.objectContaining({ kind: 'config' }) },
    ]);
    expect(await store.enrolledKiosks()).toEqual([slot]);
  });

  it('refuses unknown and expired tokens, keeps a burnt one burnt', async () => {
    const store = await place.open();
    await store.saveEnrollmentToken(TOKEN);

    expect(
      await store.enroll({
        ...request('k', TOKEN.expiresAt),
        tokenSha256: 'x',
      }),
    ).toEqual({ kind: 'unknown' });
    expect(await store.enroll(request('k', TOKEN.expiresAt))).toEqual({
      kind: 'expired',
    });
    expect(
      await store.enroll(request('k', '2026-12-03T09:59:59.000Z')),
    ).toMatchObject({ kind: 'enrolled' });
    // Saved again (a bootstrap token at the next boot): still burnt.
    await store.saveEnrollmentToken({
      ...TOKEN,
      expiresAt: '2026-12-04T10:00:00.000Z',
    });
    expect(await store.saveBootstrapToken(TOKEN)).toBe(false);
    expect(
      await store.enroll(request('k2', '2026-12-03T10:30:00.000Z')),
    ).toEqual({ kind: 'used' });
  });

  it('revokes an enrolled kiosk once, and starts a re-enrolled stream after the old one', async () => {
    const store = await place.open();
    await store.saveEnrollmentToken(TOKEN);
    await store.enroll(request('key-A', '2026-12-03T09:00:00.000Z'));

    expect(await store.revokeKiosk(TOKEN.kioskId, '2026-12-03T09:10:00Z')).toBe(
      true,
    );
    expect(await store.revokeKiosk(TOKEN.kioskId, '2026-12-03T09:11:00Z')).toBe(
      false,
    );
    expect(await store.enrolledKiosks()).toEqual([]);

    const second = { ...TOKEN, tokenSha256: 'e'.repeat(64) };
    await store.saveEnrollmentToken(second);
    const again = await store.enroll({
      ...request('key-C', '2026-12-03T09:20:00.000Z'),
      tokenSha256: second.tokenSha256,
    });
    expect(again).toMatchObject({
      kind: 'enrolled',
      slot: { publicKey: 'key-C', revokedAt: null, streamStart: 1 },
    });
    expect(
      (await store.pushItemsAfter(TOKEN.kioskId, 0, 10)).map((p) => p.seq),
    ).toEqual([1, 2]);
  });
});
