import type {
  CatalogSnapshot,
  DossierRecord,
  Identity,
  Language,
} from '@motcua/protocol';
import { catalogSnapshotSchema, maskName } from '@motcua/protocol';
import { v7 as uuidv7 } from 'uuid';
import { localDay } from '../calendar/working-days';
import { DAILY_LIMIT, formatDossierCode } from '../intake/dossier-code';
import type { Db } from './open-store';
import type { Sealer } from './sealing';

export interface NewDossier {
  readonly requestId: string;
  readonly kioskId: string;
  readonly procedureId: string;
  readonly language: Language;
  readonly receivedAt: Date;
  readonly returnDate: string;
  readonly applicant: Identity;
  readonly fields: Record<string, string>;
}

export interface CodeRules {
  readonly agencyCode: string;
  readonly sequenceBlock: number;
}

export interface OutboxItem {
  readonly seq: number;
  readonly msgId: string;
  readonly kind: 'dossier.deliver';
  readonly ref: string;
  readonly attempts: number;
}

export class DailyLimitReached extends Error {
  override readonly name = 'DailyLimitReached';
}

interface DossierRow {
  id: string;
  code: string;
  kiosk_id: string;
  procedure_id: string;
  language: Language;
  received_at: string;
  return_date: string;
  sealed: Buffer;
  printed_at: string | null;
}

/** The agent's dossiers, their daily numbering and the outbox. */
export class DossierStore {
  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly rules: CodeRules,
  ) {}

  /**
   * Numbers the dossier, then inserts it with its outbox row in one
   * transaction. A repeated `requestId` returns the dossier already made.
   */
  commit(input: NewDossier): { record: DossierRecord; created: boolean } {
    const existing = this.findByRequestId(input.requestId);
    if (existing !== undefined) return { record: existing, created: false };

    const run = this.db.transaction((): DossierRecord => {
      const day = localDay(input.receivedAt).date;
      const row = this.db
        .prepare(
          `INSERT INTO day_sequence (day, last) VALUES (?, 1)
           ON CONFLICT (day) DO UPDATE SET last = last + 1
           RETURNING last`,
        )
        .get(day) as { last: number };
      if (row.last > DAILY_LIMIT) throw new DailyLimitReached(day);

      const record: DossierRecord = {
        id: uuidv7(),
        code: formatDossierCode(
          this.rules.agencyCode,
          input.receivedAt,
          this.rules.sequenceBlock,
          row.last,
        ),
        kioskId: input.kioskId,
        procedureId: input.procedureId,
        language: input.language,
        receivedAt: input.receivedAt.toISOString(),
        returnDate: input.returnDate,
        applicant: input.applicant,
        fields: input.fields,
      };
      this.db
        .prepare(
          `INSERT INTO dossier (id, request_id, code, kiosk_id, procedure_id,
             language, received_at, return_date, sealed, masked_name)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          record.id,
          input.requestId,
          record.code,
          record.kioskId,
          record.procedureId,
          record.language,
          record.receivedAt,
          record.returnDate,
          this.sealer.seal({
            applicant: record.applicant,
            fields: record.fields,
          }),
          maskName(record.applicant.fullName),
        );
      this.db
        .prepare(
          `INSERT INTO outbox (msg_id, kind, ref, state, created_at)
           VALUES (?, 'dossier.deliver', ?, 'pending', ?)`,
        )
        .run(uuidv7(), record.id, record.receivedAt);
      return record;
    });

    return { record: run.immediate(), created: true };
  }

  findByRequestId(requestId: string): DossierRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM dossier WHERE request_id = ?')
      .get(requestId) as DossierRow | undefined;
    return row === undefined ? undefined : this.toRecord(row);
  }

  findById(id: string): DossierRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM dossier WHERE id = ?')
      .get(id) as DossierRow | undefined;
    return row === undefined ? undefined : this.toRecord(row);
  }

  findByCode(code: string): DossierRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM dossier WHERE code = ?')
      .get(code) as DossierRow | undefined;
    return row === undefined ? undefined : this.toRecord(row);
  }

  isPrinted(id: string): boolean {
    const row = this.db
      .prepare('SELECT printed_at FROM dossier WHERE id = ?')
      .get(id) as { printed_at: string | null } | undefined;
    return row?.printed_at != null;
  }

  markPrinted(id: string, at: Date): void {
    this.db
      .prepare('UPDATE dossier SET printed_at = ? WHERE id = ?')
      .run(at.toISOString(), id);
  }

  /** Pending items due at `nowMs`, oldest first. */
  dueOutbox(nowMs: number, limit: number): OutboxItem[] {
    return this.db
      .prepare(
        `SELECT seq, msg_id AS msgId, kind, ref, attempts FROM outbox
         WHERE state = 'pending' AND next_at <= ? ORDER BY seq LIMIT ?`,
      )
      .all(nowMs, limit) as OutboxItem[];
  }

  markDelivered(item: OutboxItem, at: Date): void {
    const run = this.db.transaction(() => {
      this.db
        .prepare(`UPDATE outbox SET state = 'acked' WHERE msg_id = ?`)
        .run(item.msgId);
      this.db
        .prepare('UPDATE dossier SET delivered_at = ? WHERE id = ?')
        .run(at.toISOString(), item.ref);
    });
    run();
  }

  scheduleRetry(item: OutboxItem, nextAtMs: number, error: string): void {
    this.db
      .prepare(
        `UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ?
         WHERE msg_id = ?`,
      )
      .run(nextAtMs, error, item.msgId);
  }

  markDead(item: OutboxItem, error: string): void {
    this.db
      .prepare(
        `UPDATE outbox SET state = 'dead', attempts = attempts + 1,
           last_error = ? WHERE msg_id = ?`,
      )
      .run(error, item.msgId);
  }

  backlog(now: Date): { pending: number; oldestAgeSeconds: number | null } {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM outbox
         WHERE state = 'pending'`,
      )
      .get() as { pending: number; oldest: string | null };
    const oldestAgeSeconds =
      row.oldest === null
        ? null
        : Math.max(
            0,
            Math.floor((now.getTime() - Date.parse(row.oldest)) / 1000),
          );
    return { pending: row.pending, oldestAgeSeconds };
  }

  outboxStates(): Record<string, number> {
    const rows = this.db
      .prepare('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state')
      .all() as { state: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  saveCatalog(snapshot: CatalogSnapshot): void {
    this.db
      .prepare(
        `INSERT INTO inbox (stream, last_seq, body) VALUES ('catalog', ?, ?)
         ON CONFLICT (stream) DO UPDATE
           SET last_seq = excluded.last_seq, body = excluded.body
           WHERE excluded.last_seq >= inbox.last_seq`,
      )
      .run(snapshot.seq, JSON.stringify(snapshot));
  }

  loadCatalog(): CatalogSnapshot | undefined {
    const row = this.db
      .prepare(`SELECT body FROM inbox WHERE stream = 'catalog'`)
      .get() as { body: string } | undefined;
    if (row === undefined) return undefined;
    const parsed = catalogSnapshotSchema.safeParse(JSON.parse(row.body));
    return parsed.success ? parsed.data : undefined;
  }

  private toRecord(row: DossierRow): DossierRecord {
    const personal = this.sealer.open(row.sealed) as {
      applicant: Identity;
      fields: Record<string, string>;
    };
    return {
      id: row.id,
      code: row.code,
      kioskId: row.kiosk_id,
      procedureId: row.procedure_id,
      language: row.language,
      receivedAt: row.received_at,
      returnDate: row.return_date,
      applicant: personal.applicant,
      fields: personal.fields,
    };
  }
}
