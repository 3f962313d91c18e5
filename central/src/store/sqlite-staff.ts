import type { Database } from 'better-sqlite3';
import type { CentralStore, StaffRole, StaffSessionRecord } from './types';

type StaffQueries = Pick<
  CentralStore,
  | 'saveStaffUser'
  | 'findStaffUser'
  | 'countStaffUsers'
  | 'saveStaffSession'
  | 'findStaffSession'
  | 'deleteStaffSession'
  | 'deleteExpiredStaffSessions'
>;

interface SessionRow {
  id_sha256: string;
  username: string;
  role: StaffRole;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Staff accounts and their server-side sessions. */
export function staffQueries(db: Database): StaffQueries {
  const upsertUser = db.prepare(`
    INSERT INTO staff_users (username, password_hash, role, updated_at)
    VALUES (@username, @passwordHash, @role, @at)
    ON CONFLICT (username) DO UPDATE SET
      password_hash = excluded.password_hash, role = excluded.role,
      updated_at = excluded.updated_at
  `);
  const selectUser = db.prepare(
    'SELECT username, password_hash, role FROM staff_users WHERE username = ?',
  );
  const countUsers = db.prepare('SELECT COUNT(*) AS count FROM staff_users');
  const insertSession = db.prepare(`
    INSERT INTO staff_sessions
      (id_sha256, username, csrf_token, created_at, expires_at)
    VALUES (@idSha256, @username, @csrfToken, @createdAt, @expiresAt)
  `);
  const selectSession = db.prepare(`
    SELECT s.id_sha256, s.username, u.role, s.csrf_token, s.created_at,
      s.expires_at
    FROM staff_sessions s JOIN staff_users u USING (username)
    WHERE s.id_sha256 = ?
  `);
  const deleteSession = db.prepare(
    'DELETE FROM staff_sessions WHERE id_sha256 = ?',
  );
  const deleteExpired = db.prepare(
    'DELETE FROM staff_sessions WHERE expires_at < ?',
  );

  return {
    async saveStaffUser(user, at) {
      upsertUser.run({ ...user, at });
    },

    async findStaffUser(username) {
      const row = selectUser.get(username) as
        | { username: string; password_hash: string; role: StaffRole }
        | undefined;
      return row === undefined
        ? undefined
        : {
            username: row.username,
            passwordHash: row.password_hash,
            role: row.role,
          };
    },

    async countStaffUsers() {
      return (countUsers.get() as { count: number }).count;
    },

    async saveStaffSession(session) {
      const { idSha256, username, csrfToken, createdAt, expiresAt } = session;
      insertSession.run({
        idSha256,
        username,
        csrfToken,
        createdAt,
        expiresAt,
      });
    },

    async findStaffSession(idSha256) {
      const row = selectSession.get(idSha256) as SessionRow | undefined;
      return row === undefined ? undefined : toSession(row);
    },

    async deleteStaffSession(idSha256) {
      deleteSession.run(idSha256);
    },

    async deleteExpiredStaffSessions(at) {
      deleteExpired.run(at);
    },
  };
}

function toSession(row: SessionRow): StaffSessionRecord {
  return {
    idSha256: row.id_sha256,
    username: row.username,
    role: row.role,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
