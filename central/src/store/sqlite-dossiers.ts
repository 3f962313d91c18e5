import type { Database } from 'better-sqlite3';
import type { DossierRecord } from '@motcua/protocol';
import type { CentralStore, SaveDossierOutcome } from './types';

type DossierQueries = Pick<
  CentralStore,
  'saveDossier' | 'findDossierByCode' | 'recentDossiers'
>;

/** Dossiers and their attachment refs. */
export function dossierQueries(db: Database): DossierQueries {
  const insertDossier = db.prepare(`
    INSERT INTO dossiers (id, code, kiosk_id, procedure_id, received_at,
      return_date, applicant_name, stored_at, record)
    VALUES (@id, @code, @kioskId, @procedureId, @receivedAt, @returnDate,
      @applicantName, @storedAt, @record)
    ON CONFLICT (id) DO NOTHING
  `);
  const insertAttachment = db.prepare(`
    INSERT INTO dossier_attachments (dossier_id, requirement_id, sha256,
      size, mime)
    VALUES (@dossierId, @requirementId, @sha256, @size, @mime)
    ON CONFLICT DO NOTHING
  `);
  const selectByCode = db.prepare('SELECT record FROM dossiers WHERE code = ?');
  const selectRecent = db.prepare(
    'SELECT record FROM dossiers ORDER BY received_at DESC, rowid DESC LIMIT ?',
  );

  const save = db.transaction((record: DossierRecord): SaveDossierOutcome => {
    const result = insertDossier.run({
      id: record.id,
      code: record.code,
      kioskId: record.kioskId,
      procedureId: record.procedureId,
      // Stored in UTC so that text order is time order.
      receivedAt: new Date(record.receivedAt).toISOString(),
      returnDate: record.returnDate,
      applicantName: record.applicant.fullName,
      storedAt: new Date().toISOString(),
      record: JSON.stringify(record),
    });
    if (result.changes === 0) return { kind: 'duplicate' };

    for (const attachment of record.attachments ?? []) {
      insertAttachment.run({ dossierId: record.id, ...attachment });
    }
    return { kind: 'inserted' };
  });

  const parseRows = (rows: unknown[]) =>
    rows.map((row) => JSON.parse((row as { record: string }).record));

  return {
    async saveDossier(record) {
      try {
        return save(record);
      } catch (error) {
        if (isUniqueViolation(error, 'dossiers.code')) {
          return { kind: 'codeTaken' };
        }
        throw error;
      }
    },

    async findDossierByCode(code) {
      const row = selectByCode.get(code) as { record: string } | undefined;
      return row === undefined ? undefined : JSON.parse(row.record);
    },

    async recentDossiers(limit) {
      return parseRows(selectRecent.all(limit)) as DossierRecord[];
    },
  };
}

function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes(column)
  );
}
