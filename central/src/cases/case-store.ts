import type { DossierStatus } from '@motcua/protocol';
import type { SqlDb } from '../store/sql-db';
import type { CaseView, DeadlineLevel } from '../views';

interface CaseRow {
  code: string;
  procedure_id: string;
  kiosk_id: string;
  ward: string;
  applicant_name: string;
  received_at: string;
  due_at: string;
  status: DossierStatus;
  level: DeadlineLevel;
  assignee: string | null;
  updated_at: string;
  note: string | null;
  paused_at: string | null;
}

const COLUMNS = `code, procedure_id, kiosk_id, ward, applicant_name,
  received_at, due_at, status, level, assignee, updated_at, note, paused_at`;

export interface NewCase extends CaseView {
  readonly dossierId: string;
}

/** A stored dossier that has no case yet (after a failure, or old data). */
export interface CaselessDossier {
  readonly record: string;
  readonly ward: string | null;
}

/**
 * Cases: one per dossier, with its due moment, status, deadline level and
 * assignee. The applicant's name is stored masked; the dossier keeps the
 * rest. Every change is guarded by the value it replaces, so two nodes (or
 * two staff members) never both apply the same move.
 */
export class CaseStore {
  constructor(private readonly db: SqlDb) {}

  /** False when the dossier already has its case. */
  async insert(row: NewCase): Promise<boolean> {
    const { changes } = await this.db.run(
      `INSERT INTO cases (code, dossier_id, procedure_id, kiosk_id, ward,
         applicant_name, received_at, due_at, status, level, assignee,
         updated_at, note, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL)
       ON CONFLICT DO NOTHING`,
      [
        row.code,
        row.dossierId,
        row.procedureId,
        row.kioskId,
        row.ward,
        row.applicantName,
        row.receivedAt,
        row.dueAt,
        row.status,
        row.level,
        row.assignee,
        row.updatedAt,
        row.note,
      ],
    );
    return changes === 1;
  }

  async find(code: string): Promise<CaseView | undefined> {
    const rows = await this.db.query<CaseRow>(
      `SELECT ${COLUMNS} FROM cases WHERE code = $1`,
      [code],
    );
    return rows[0] === undefined ? undefined : toView(rows[0]);
  }

  /** Cases not done or returned. */
  async open(): Promise<CaseView[]> {
    const rows = await this.db.query<CaseRow>(
      `SELECT ${COLUMNS} FROM cases WHERE closed_at IS NULL ORDER BY due_at`,
    );
    return rows.map(toView);
  }

  async caselessDossiers(limit: number): Promise<CaselessDossier[]> {
    return this.db.query<CaselessDossier>(
      `SELECT d.record AS record, s.ward AS ward
       FROM dossiers d
       LEFT JOIN cases c ON c.dossier_id = d.id
       LEFT JOIN kiosk_slots s ON s.id = d.kiosk_id
       WHERE c.code IS NULL
       ORDER BY d.received_at
       LIMIT $1`,
      [limit],
    );
  }

  /**
   * Moves the status if it is still `from`; false otherwise. With the move
   * go the pause (`pausedAt`, null when not paused), the due moment (moved
   * on a resume) and the working days a finished pause adds to the total.
   */
  async move(
    code: string,
    from: DossierStatus,
    change: {
      status: DossierStatus;
      level: DeadlineLevel;
      note: string | null;
      at: string;
      closed: boolean;
      pausedAt: string | null;
      dueAt: string;
      addPausedDays: number;
    },
  ): Promise<boolean> {
    const { changes } = await this.db.run(
      `UPDATE cases SET status = $3, level = $4, note = $5, updated_at = $6,
         closed_at = CASE WHEN $7 = 1 THEN COALESCE(closed_at, $6) END,
         paused_at = $8, due_at = $9, paused_days = paused_days + $10
       WHERE code = $1 AND status = $2`,
      [
        code,
        from,
        change.status,
        change.level,
        change.note,
        change.at,
        change.closed ? 1 : 0,
        change.pausedAt,
        change.dueAt,
        change.addPausedDays,
      ],
    );
    return changes === 1;
  }

  async assign(code: string, assignee: string, at: string): Promise<boolean> {
    const { changes } = await this.db.run(
      'UPDATE cases SET assignee = $2, updated_at = $3 WHERE code = $1',
      [code, assignee, at],
    );
    return changes === 1;
  }

  /** Sets the level if it is still `from`; false when someone did first. */
  async setLevel(
    code: string,
    from: DeadlineLevel,
    to: DeadlineLevel,
  ): Promise<boolean> {
    const { changes } = await this.db.run(
      'UPDATE cases SET level = $3 WHERE code = $1 AND level = $2',
      [code, from, to],
    );
    return changes === 1;
  }
}

function toView(row: CaseRow): CaseView {
  return {
    code: row.code,
    procedureId: row.procedure_id,
    kioskId: row.kiosk_id,
    ward: row.ward,
    applicantName: row.applicant_name,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    status: row.status,
    level: row.level,
    assignee: row.assignee,
    updatedAt: row.updated_at,
    note: row.note,
    pausedSince: row.paused_at,
  };
}
