import type {
  AttachmentRecord,
  DossierRecord,
  Identity,
  Language,
} from '@motcua/protocol';
import { hcmcDay, maskIdNumber, maskName } from '@motcua/protocol';
import { v7 as uuidv7 } from 'uuid';
import { DAILY_LIMIT, formatDossierCode } from '../intake/dossier-code';
import type { AttachmentVault } from './attachment-vault';
import type { Db } from './open-store';
import type { Outbox } from './outbox';
import type { Sealer } from './sealing';

export interface NewAttachment {
  readonly requirementId: string;
  readonly bytes: Uint8Array;
  readonly mime: AttachmentRecord['mime'];
}

export interface NewDossier {
  readonly requestId: string;
  readonly kioskId: string;
  readonly procedureId: string;
  readonly language: Language;
  readonly receivedAt: Date;
  readonly returnDate: string;
  readonly applicant: Identity;
  readonly fields: Record<string, string>;
  readonly attachments?: readonly NewAttachment[];
}

export interface CodeRules {
  readonly agencyCode: string;
  readonly sequenceBlock: number;
}

/** What a slip shows; all that is left once personal data is purged. */
export interface SlipView {
  readonly id: string;
  readonly code: string;
  readonly procedureId: string;
  readonly language: Language;
  readonly receivedAt: string;
  readonly returnDate: string;
  readonly applicantName: string;
  readonly idNumberMasked: string;
}

/** A dossier as the kiosk keeps it for status look-ups. */
export interface ReceivedView {
  readonly code: string;
  readonly procedureId: string;
  readonly receivedAt: string;
  readonly returnDate: string;
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
  sealed: Buffer | null;
  masked_name: string;
  printed_at: string | null;
}

interface Personal {
  applicant: Identity;
  fields: Record<string, string>;
  attachments: AttachmentRecord[];
}

/** The agent's dossiers: numbering, durable commit, purge after delivery. */
export class DossierStore {
  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly vault: AttachmentVault,
    private readonly outbox: Outbox,
    private readonly rules: CodeRules,
  ) {}

  /**
   * Writes the attachments durably, then numbers the dossier and inserts it
   * with its attachment rows and outbox item in one transaction. A repeated
   * `requestId` returns the dossier already made.
   */
  commit(input: NewDossier): { dossier: SlipView; created: boolean } {
    const repeated = this.slipByRequest(input.requestId);
    if (repeated) return { dossier: repeated, created: false };

    const files = input.attachments ?? [];
    const stored = this.vault.putAll(files.map((file) => file.bytes));
    const attachments: AttachmentRecord[] = files.map((file, index) => {
      const blob = stored[index];
      if (blob === undefined) throw new Error('attachment not stored');
      return {
        requirementId: file.requirementId,
        sha256: blob.sha256,
        size: blob.size,
        mime: file.mime,
      };
    });

    const run = this.db.transaction((): DossierRecord => {
      const record: DossierRecord = {
        id: uuidv7(),
        code: this.nextCode(input.receivedAt),
        kioskId: input.kioskId,
        procedureId: input.procedureId,
        language: input.language,
        receivedAt: input.receivedAt.toISOString(),
        returnDate: input.returnDate,
        applicant: input.applicant,
        fields: input.fields,
        attachments,
      };
      const personal: Personal = {
        applicant: record.applicant,
        fields: record.fields,
        attachments,
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
          this.sealer.seal(personal),
          maskName(record.applicant.fullName),
        );
      const insertAttachment = this.db.prepare(
        `INSERT OR IGNORE INTO attachment
           (sha256, dossier_id, requirement_id, size, mime)
         VALUES (?, ?, ?, ?, ?)`,
      );
      for (const a of attachments) {
        insertAttachment.run(
          a.sha256,
          record.id,
          a.requirementId,
          a.size,
          a.mime,
        );
      }
      this.outbox.enqueue('dossier.deliver', record.id, input.receivedAt);
      return record;
    });

    const record = run.immediate();
    const dossier = this.slipView(record.code);
    if (dossier === undefined) throw new Error('committed dossier vanished');
    return { dossier, created: true };
  }

  /** The dossier a request already made, even after its purge. */
  slipByRequest(requestId: string): SlipView | undefined {
    const existing = this.db
      .prepare('SELECT code FROM dossier WHERE request_id = ?')
      .get(requestId) as { code: string } | undefined;
    return existing === undefined ? undefined : this.slipView(existing.code);
  }

  findByRequestId(requestId: string): DossierRecord | undefined {
    return this.toRecord(
      this.db
        .prepare('SELECT * FROM dossier WHERE request_id = ?')
        .get(requestId) as DossierRow | undefined,
    );
  }

  /** The full record, while its personal data is still on the kiosk. */
  findById(id: string): DossierRecord | undefined {
    return this.toRecord(
      this.db.prepare('SELECT * FROM dossier WHERE id = ?').get(id) as
        DossierRow | undefined,
    );
  }

  findByCode(code: string): DossierRecord | undefined {
    return this.toRecord(
      this.db.prepare('SELECT * FROM dossier WHERE code = ?').get(code) as
        DossierRow | undefined,
    );
  }

  /** Enough to reprint a slip, before and after the purge. */
  slipView(code: string): SlipView | undefined {
    const row = this.db
      .prepare('SELECT * FROM dossier WHERE code = ?')
      .get(code) as DossierRow | undefined;
    if (row === undefined) return undefined;
    const personal = this.personal(row);
    return {
      id: row.id,
      code: row.code,
      procedureId: row.procedure_id,
      language: row.language,
      receivedAt: row.received_at,
      returnDate: row.return_date,
      applicantName: personal?.applicant.fullName ?? row.masked_name,
      idNumberMasked:
        personal === undefined
          ? '—'
          : maskIdNumber(personal.applicant.idNumber),
    };
  }

  /**
   * What the kiosk alone knows of a dossier, before and after the purge:
   * that it was received, when, and when it is due. No personal data.
   */
  receivedView(code: string): ReceivedView | undefined {
    const row = this.db
      .prepare(
        `SELECT code, procedure_id AS procedureId, received_at AS receivedAt,
           return_date AS returnDate FROM dossier WHERE code = ?`,
      )
      .get(code) as ReceivedView | undefined;
    return row;
  }

  attachmentBytes(sha256: string): Buffer | undefined {
    return this.vault.read(sha256);
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

  /**
   * Central has the dossier: personal data leaves the kiosk. Attachments are
   * deleted (unless another undelivered dossier holds the same file) and
   * only the masked name stays, for reprint and status.
   */
  markDelivered(id: string, at: Date, alongside?: () => void): void {
    const hashes = this.db
      .prepare('SELECT sha256 FROM attachment WHERE dossier_id = ?')
      .all(id) as { sha256: string }[];
    const run = this.db.transaction(() => {
      alongside?.();
      this.db
        .prepare(
          `UPDATE dossier SET delivered_at = ?, purged_at = ?, sealed = NULL
           WHERE id = ?`,
        )
        .run(at.toISOString(), at.toISOString(), id);
      this.db.prepare('DELETE FROM attachment WHERE dossier_id = ?').run(id);
    });
    run();
    for (const { sha256 } of hashes) {
      const stillUsed = this.db
        .prepare('SELECT 1 FROM attachment WHERE sha256 = ? LIMIT 1')
        .get(sha256);
      if (stillUsed === undefined) this.vault.remove(sha256);
    }
  }

  /** Drops the minimal records of dossiers delivered before `before`. */
  dropDeliveredBefore(before: Date): number {
    return this.db
      .prepare(
        `DELETE FROM dossier WHERE delivered_at IS NOT NULL
           AND delivered_at < ?`,
      )
      .run(before.toISOString()).changes;
  }

  count(): number {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM dossier').get() as {
      n: number;
    };
    return row.n;
  }

  private nextCode(receivedAt: Date): string {
    const day = hcmcDay(receivedAt).date;
    const row = this.db
      .prepare(
        `INSERT INTO day_sequence (day, last) VALUES (?, 1)
         ON CONFLICT (day) DO UPDATE SET last = last + 1
         RETURNING last`,
      )
      .get(day) as { last: number };
    if (row.last > DAILY_LIMIT) throw new DailyLimitReached(day);
    return formatDossierCode(
      this.rules.agencyCode,
      receivedAt,
      this.rules.sequenceBlock,
      row.last,
    );
  }

  private personal(row: DossierRow): Personal | undefined {
    return row.sealed === null
      ? undefined
      : (this.sealer.open(row.sealed) as Personal);
  }

  private toRecord(row: DossierRow | undefined): DossierRecord | undefined {
    if (row === undefined) return undefined;
    const personal = this.personal(row);
    if (personal === undefined) return undefined;
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
      attachments: personal.attachments,
    };
  }
}
