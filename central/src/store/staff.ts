import type { SqlDb } from './sql-db';
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
export function staffQueries(db: SqlDb): StaffQueries {
  return {
    async saveStaffUser(user, at) {
      await db.run(
        `INSERT INTO staff_users (username, password_hash, role, updated_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO UPDATE SET
           password_hash = excluded.password_hash, role = excluded.role,
           updated_at = excluded.updated_at`,
        [user.username, user.passwordHash, user.role, at],
      );
    },

    async findStaffUser(username) {
      const [row] = await db.query<{
        username: string;
        password_hash: string;
        role: StaffRole;
      }>(
        `SELECT username, password_hash, role FROM staff_users
         WHERE username = $1`,
        [username],
      );
      return row === undefined
        ? undefined
        : {
            username: row.username,
            passwordHash: row.password_hash,
            role: row.role,
          };
    },

    async countStaffUsers() {
      const [row] = await db.query<{ count: number }>(
        'SELECT COUNT(*) AS count FROM staff_users',
      );
      return row?.count ?? 0;
    },

    async saveStaffSession(session) {
      await db.run(
        `INSERT INTO staff_sessions
           (id_sha256, username, csrf_token, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          session.idSha256,
          session.username,
          session.csrfToken,
          session.createdAt,
          session.expiresAt,
        ],
      );
    },

    async findStaffSession(idSha256) {
      const [row] = await db.query<SessionRow>(
        `SELECT s.id_sha256, s.username, u.role, s.csrf_token, s.created_at,
           s.expires_at
         FROM staff_sessions s JOIN staff_users u USING (username)
         WHERE s.id_sha256 = $1`,
        [idSha256],
      );
      return row === undefined ? undefined : toSession(row);
    },

    async deleteStaffSession(idSha256) {
      await db.run('DELETE FROM staff_sessions WHERE id_sha256 = $1', [
        idSha256,
      ]);
    },

    async deleteExpiredStaffSessions(at) {
      await db.run('DELETE FROM staff_sessions WHERE expires_at < $1', [at]);
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
