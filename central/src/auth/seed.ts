import type { Logger } from '@motcua/protocol';
import type { CentralStore, StaffRole } from '../store/types';
import { hashPassword, verifyPassword } from './passwords';

export interface StaffSeed {
  readonly username: string;
  readonly password: string;
  readonly role: StaffRole;
}

/** The accounts `MOTCUA_CENTRAL_DEV_STAFF=1` creates on an empty store. */
export const DEV_STAFF: readonly StaffSeed[] = [
  { username: 'admin', password: 'admin', role: 'admin' },
  { username: 'operator', password: 'operator', role: 'operator' },
  { username: 'viewer', password: 'viewer', role: 'viewer' },
];

/**
 * Makes each given account exist with this password and role. An account
 * that already matches is left alone, so booting twice changes nothing.
 */
export async function seedStaff(
  store: CentralStore,
  logger: Logger,
  seeds: readonly StaffSeed[],
  at: Date,
): Promise<void> {
  for (const seed of seeds) {
    const current = await store.findStaffUser(seed.username);
    const unchanged =
      current !== undefined &&
      current.role === seed.role &&
      (await verifyPassword(seed.password, current.passwordHash));
    if (unchanged) continue;

    await store.saveStaffUser(
      {
        username: seed.username,
        passwordHash: await hashPassword(seed.password),
        role: seed.role,
      },
      at.toISOString(),
    );
    logger.log('staff-seeded', 'success', {
      username: seed.username,
      role: seed.role,
      created: current === undefined,
    });
  }
}
