import { randomUUID } from 'node:crypto';
import type { SqlDb } from '../store/sql-db';
import type { AlertRule, AlertSeverity, AlertState, AlertView } from '../views';

interface AlertRow {
  id: string;
  kiosk_id: string;
  ward: string;
  rule: AlertRule;
  severity: AlertSeverity;
  state: AlertState;
  opened_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  detail: string | null;
}

const COLUMNS = `id, kiosk_id, ward, rule, severity, state, opened_at,
  acknowledged_at, acknowledged_by, resolved_at, resolved_by, detail`;

/** The history kept of alerts: the `all` list and the kiosk detail. */
export const ALERT_HISTORY_LIMIT = 200;

export interface NewAlert {
  readonly kioskId: string;
  readonly ward: string;
  readonly rule: AlertRule;
  readonly severity: AlertSeverity;
  readonly detail: string | null;
  readonly at: string;
}

/**
 * Alerts in the database. At most one alert per kiosk and rule is active
 * (open or acknowledged) at a time: a partial unique index enforces it, so
 * two central nodes raising the same alert store it once.
 */
export class AlertStore {
  constructor(private readonly db: SqlDb) {}

  /** The new alert, or undefined when one is already active. */
  async open(alert: NewAlert): Promise<AlertView | undefined> {
    const id = randomUUID();
    const { changes } = await this.db.run(
      `INSERT INTO alerts (id, kiosk_id, ward, rule, severity, state,
         opened_at, detail)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $7)
       ON CONFLICT DO NOTHING`,
      [
        id,
        alert.kioskId,
        alert.ward,
        alert.rule,
        alert.severity,
        alert.at,
        alert.detail,
      ],
    );
    return changes === 1 ? this.find(id) : undefined;
  }

  async find(id: string): Promise<AlertView | undefined> {
    const rows = await this.db.query<AlertRow>(
      `SELECT ${COLUMNS} FROM alerts WHERE id = $1`,
      [id],
    );
    return rows[0] === undefined ? undefined : toView(rows[0]);
  }

  /** The active alert of a kiosk for a rule, if any. */
  async activeFor(
    kioskId: string,
    rule: AlertRule,
  ): Promise<AlertView | undefined> {
    const rows = await this.db.query<AlertRow>(
      `SELECT ${COLUMNS} FROM alerts
       WHERE kiosk_id = $1 AND rule = $2 AND state <> 'resolved'`,
      [kioskId, rule],
    );
    return rows[0] === undefined ? undefined : toView(rows[0]);
  }

  /** Open → acknowledged; undefined when not open (or unknown). */
  async acknowledge(
    id: string,
    by: string,
    at: string,
  ): Promise<AlertView | undefined> {
    const { changes } = await this.db.run(
      `UPDATE alerts SET state = 'acknowledged', acknowledged_at = $2,
         acknowledged_by = $3
       WHERE id = $1 AND state = 'open'`,
      [id, at, by],
    );
    return changes === 1 ? this.find(id) : undefined;
  }

  /**
   * Active → resolved, by a staff member or (`by` null) because the
   * condition cleared; undefined when it was not active.
   */
  async resolve(
    id: string,
    by: string | null,
    at: string,
  ): Promise<AlertView | undefined> {
    const { changes } = await this.db.run(
      `UPDATE alerts SET state = 'resolved', resolved_at = $2,
         resolved_by = $3
       WHERE id = $1 AND state <> 'resolved'`,
      [id, at, by],
    );
    return changes === 1 ? this.find(id) : undefined;
  }

  /** Open or acknowledged alerts, newest first. */
  async active(kioskId?: string): Promise<AlertView[]> {
    const rows = await this.db.query<AlertRow>(
      `SELECT ${COLUMNS} FROM alerts
       WHERE state <> 'resolved' AND (CAST($1 AS TEXT) IS NULL OR kiosk_id = $1)
       ORDER BY opened_at DESC, id`,
      [kioskId ?? null],
    );
    return rows.map(toView);
  }

  /** Every alert, resolved ones too, newest first. */
  async history(
    kioskId?: string,
    limit = ALERT_HISTORY_LIMIT,
  ): Promise<AlertView[]> {
    const rows = await this.db.query<AlertRow>(
      `SELECT ${COLUMNS} FROM alerts
       WHERE (CAST($1 AS TEXT) IS NULL OR kiosk_id = $1)
       ORDER BY opened_at DESC, id
       LIMIT $2`,
      [kioskId ?? null, limit],
    );
    return rows.map(toView);
  }
}

function toView(row: AlertRow): AlertView {
  return {
    id: row.id,
    kioskId: row.kiosk_id,
    ward: row.ward,
    rule: row.rule,
    severity: row.severity,
    state: row.state,
    openedAt: row.opened_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    detail: row.detail,
  };
}
