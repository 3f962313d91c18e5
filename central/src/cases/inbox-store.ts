import type { SqlDb } from '../store/sql-db';
import type { NotificationView, WardRolesView } from '../views';

interface NotificationRow {
  id: string;
  recipient: string;
  level: NotificationView['level'];
  code: string;
  message: string;
  created_at: string;
  read_at: string | null;
}

interface WardRolesRow {
  ward: string;
  civil_servant: string | null;
  department_head: string | null;
  agency_head: string | null;
}

/** Who handles a ward's cases: the civil servant new cases go to. */
export interface WardRoles extends WardRolesView {
  readonly civilServant: string | null;
}

const INBOX_LIMIT = 200;

/**
 * The inbox (one notification per case and level, ever: a unique key
 * makes a second one a no-op) and the ward roles that route them.
 */
export class InboxStore {
  constructor(private readonly db: SqlDb) {}

  /** False when this case already had its notification for this level. */
  async add(notification: NotificationView): Promise<boolean> {
    const { changes } = await this.db.run(
      `INSERT INTO notifications (id, recipient, level, code, message,
         created_at, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, NULL)
       ON CONFLICT DO NOTHING`,
      [
        notification.id,
        notification.recipient,
        notification.level,
        notification.code,
        notification.message,
        notification.createdAt,
      ],
    );
    return changes === 1;
  }

  /** A user's notifications, newest first. */
  async inbox(recipient: string): Promise<NotificationView[]> {
    const rows = await this.db.query<NotificationRow>(
      `SELECT id, recipient, level, code, message, created_at, read_at
       FROM notifications WHERE recipient = $1
       ORDER BY created_at DESC, id LIMIT $2`,
      [recipient, INBOX_LIMIT],
    );
    return rows.map((row) => ({
      id: row.id,
      recipient: row.recipient,
      level: row.level,
      code: row.code,
      message: row.message,
      createdAt: row.created_at,
      readAt: row.read_at,
    }));
  }

  /** Marks one of the user's own notifications read; false if not theirs. */
  async markRead(id: string, recipient: string, at: string): Promise<boolean> {
    const { changes } = await this.db.run(
      `UPDATE notifications SET read_at = COALESCE(read_at, $3)
       WHERE id = $1 AND recipient = $2`,
      [id, recipient, at],
    );
    return changes === 1;
  }

  async roles(ward: string): Promise<WardRoles | undefined> {
    const rows = await this.db.query<WardRolesRow>(
      `SELECT ward, civil_servant, department_head, agency_head
       FROM ward_roles WHERE ward = $1`,
      [ward],
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : {
          ward: row.ward,
          civilServant: row.civil_servant,
          departmentHead: row.department_head,
          agencyHead: row.agency_head,
        };
  }

  /** Sets the heads of a ward; the civil servant stays unless given. */
  async setRoles(roles: WardRoles, at: string): Promise<void> {
    await this.db.run(
      `INSERT INTO ward_roles (ward, civil_servant, department_head,
         agency_head, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ward) DO UPDATE SET
         civil_servant = COALESCE(EXCLUDED.civil_servant,
           ward_roles.civil_servant),
         department_head = EXCLUDED.department_head,
         agency_head = EXCLUDED.agency_head,
         updated_at = EXCLUDED.updated_at`,
      [
        roles.ward,
        roles.civilServant,
        roles.departmentHead,
        roles.agencyHead,
        at,
      ],
    );
  }

  /** Stores `roles` only when the ward has none yet (development seed). */
  async seedRoles(roles: WardRoles, at: string): Promise<void> {
    await this.db.run(
      `INSERT INTO ward_roles (ward, civil_servant, department_head,
         agency_head, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [
        roles.ward,
        roles.civilServant,
        roles.departmentHead,
        roles.agencyHead,
        at,
      ],
    );
  }
}
