import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from '@motcua/protocol';
import type { CentralStore, StaffRole } from '../store/types';
import { readCookie, SESSION_COOKIE } from './cookies';
import { LoginLimiter } from './login-limiter';
import { hashPassword, verifyPassword } from './passwords';

/** A staff session lasts this long from login, then staff log in again. */
export const SESSION_TTL_MS = 8 * 60 * 60_000;

const ROLE_RANK: Readonly<Record<StaffRole, number>> = {
  viewer: 1,
  operator: 2,
  admin: 3,
};

/** Whether `role` may do what `needed` may. */
export function hasRole(role: StaffRole, needed: StaffRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

export function isStaffRole(value: unknown): value is StaffRole {
  return value === 'viewer' || value === 'operator' || value === 'admin';
}

export interface StaffSession {
  readonly username: string;
  readonly role: StaffRole;
  readonly csrfToken: string;
  readonly expiresAt: string;
  /** Hash of the cookie value; the store's key. */
  readonly idSha256: string;
}

export type LoginOutcome =
  | {
      readonly kind: 'loggedIn';
      readonly session: StaffSession;
      readonly cookieValue: string;
    }
  | { readonly kind: 'refused' }
  | { readonly kind: 'rateLimited' };

export interface StaffAuth {
  login(
    username: string,
    password: string,
    address: string,
  ): Promise<LoginOutcome>;
  /** The live session a `Cookie` header names, if any. */
  sessionOf(
    cookieHeader: string | undefined,
  ): Promise<StaffSession | undefined>;
  logout(session: StaffSession): Promise<void>;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Logins, sessions and the failed-login limit over the store. */
export function createStaffAuth(
  store: CentralStore,
  logger: Logger,
  now: () => Date,
): StaffAuth {
  const limiter = new LoginLimiter(now);
  // Unknown usernames are checked against this, so that a refusal takes
  // as long whether or not the account exists.
  let decoy: Promise<string> | undefined;

  return {
    async login(username, password, address) {
      if (limiter.isLimited(username, address)) {
        logger.log('staff-login-rate-limited', 'failure', { username });
        return { kind: 'rateLimited' };
      }

      const user = await store.findStaffUser(username);
      decoy ??= hashPassword(randomBytes(16).toString('hex'));
      const matches = await verifyPassword(
        password,
        user?.passwordHash ?? (await decoy),
      );
      if (user === undefined || !matches) {
        limiter.recordFailure(username, address);
        logger.log('staff-login', 'failure', { username });
        return { kind: 'refused' };
      }

      limiter.clear(username, address);
      const at = now();
      await store.deleteExpiredStaffSessions(at.toISOString());
      const cookieValue = randomBytes(32).toString('base64url');
      const record = {
        idSha256: sha256(cookieValue),
        username: user.username,
        role: user.role,
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + SESSION_TTL_MS).toISOString(),
      };
      await store.saveStaffSession(record);
      logger.log('staff-login', 'success', { username, role: user.role });
      return { kind: 'loggedIn', session: record, cookieValue };
    },

    async sessionOf(cookieHeader) {
      const value = readCookie(cookieHeader, SESSION_COOKIE);
      if (value === undefined || value === '') return undefined;
      const record = await store.findStaffSession(sha256(value));
      if (record === undefined) return undefined;
      if (Date.parse(record.expiresAt) <= now().getTime()) {
        await store.deleteStaffSession(record.idSha256);
        return undefined;
      }
      return record;
    },

    async logout(session) {
      await store.deleteStaffSession(session.idSha256);
      logger.log('staff-logout', 'success', { username: session.username });
    },
  };
}
