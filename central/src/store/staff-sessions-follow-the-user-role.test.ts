import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffSessionRecord } from './types';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

const SESSION: StaffSessionRecord = {
  idSha256: '1'.repeat(64),
  username: 'lan.operator',
  role: 'operator',
  csrfToken: 'csrf-1',
  createdAt: '2026-12-03T08:00:00.000Z',
  expiresAt: '2026-12-03T16:00:00.000Z',
};

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('finds a session with its user current role, then forgets it', async () => {
    const store = await place.open();
    expect(await store.countStaffUsers()).toBe(0);
    const user = {
      username: 'lan.operator',
      passwordHash: 'scrypt$test',
      role: 'operator',
    } as const;
    await store.saveStaffUser(user, '2026-12-03T07:00:00.000Z');
    await store.saveStaffSession(SESSION);

    expect(await store.countStaffUsers()).toBe(1);
    expect(await store.findStaffUser('lan.operator')).toEqual(user);
    expect(await store.findStaffSession(SESSION.idSha256)).toEqual(SESSION);

    await store.saveStaffUser(
      { ...user, role: 'viewer', passwordHash: 'scrypt$new' },
      '2026-12-03T09:00:00.000Z',
    );
    expect(await store.countStaffUsers()).toBe(1);
    expect(await store.findStaffSession(SESSION.idSha256)).toEqual({
      ...SESSION,
      role: 'viewer',
    });

    await store.deleteStaffSession(SESSION.idSha256);
    expect(await store.findStaffSession(SESSION.idSha256)).toBeUndefined();
    expect(await store.findStaffUser('nobody')).toBeUndefined();
  });

  it('drops only the sessions expired before the given time', async () => {
    const store = await place.open();
    await store.saveStaffUser(
      { username: 'lan.operator', passwordHash: 'scrypt$x', role: 'admin' },
      '2026-12-03T07:00:00.000Z',
    );
    const late = {
      ...SESSION,
      idSha256: '2'.repeat(64),
      role: 'admin' as const,
    };
    await store.saveStaffSession({ ...SESSION, role: 'admin' });
    await store.saveStaffSession({
      ...late,
      expiresAt: '2026-12-03T20:00:00.000Z',
    });

    await store.deleteExpiredStaffSessions('2026-12-03T17:00:00.000Z');

    expect(await store.findStaffSession(SESSION.idSha256)).toBeUndefined();
    expect(await store.findStaffSession(late.idSha256)).toMatchObject({
      role: 'admin',
    });
  });

  it('refuses a session for a user that does not exist', async () => {
    const store = await place.open();
    await expect(store.saveStaffSession(SESSION)).rejects.toThrow();
  });
});
