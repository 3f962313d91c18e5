import type { DossierRecord } from '@motcua/protocol';
import type { SqlDb } from './sql-db';
import { isUniqueViolation } from './sql-db';
import type { CentralStore, SaveDossierOutcome } from './types';

type DossierQueries = Pick<
  CentralStore,
  'saveDossier' | 'findDossierByCode' | 'recentDossiers'
>;

const INSERT_DOSSIER = `
  INSERT INTO dossiers (id, code, kiosk_id, procedure_id, received_at,
    return_date, applicant_name, stored_at, record)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  ON CONFLICT (id) DO NOTHING
`;
const INSERT_ATTACHMENT = `
  INSERT INTO dossier_attachments (dossier_id, requirement_id, sha256,
    size, mime)
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT DO NOTHING
`;
// Ties on received_at fall back to the storing time, then the id, so that
// both dialects give one order (SQLite's rowid has no PostgreSQL twin).
const SELECT_RECENT = `
  SELECT record FROM dossiers
  ORDER BY received_at DESC, stored_at DESC, id DESC LIMIT $1
`;

/** Dossiers and their attachment refs. */
export function dossierQueries(db: SqlDb): DossierQueries {
  const save = (record: DossierRecord) =>
    db.transaction(async (tx): Promise<SaveDossierOutcome> => {
      // A duplicate id is answered before the code is looked at: a retry
      // of a stored dossier is never mistaken for a code clash.
      const known = await tx.query(
        'SELECT 1 AS one FROM dossiers WHERE id = $1',
        [record.id],
      );
      if (known.length > 0) return { kind: 'duplicate' };
      const taken = await tx.query(
        'SELECT 1 AS one FROM dossiers WHERE code = $1',
        [record.code],
      );
      if (taken.length > 0) return { kind: 'codeTaken' };

      const { changes } = await tx.run(INSERT_DOSSIER, [
        record.id,
        record.code,
        record.kioskId,
        record.procedureId,
        // Stored in UTC so that text order is time order.
        new Date(record.receivedAt).toISOString(),
        record.returnDate,
        record.applicant.fullName,
        new Date().toISOString(),
        JSON.stringify(record),
      ]);
      if (changes === 0) return { kind: 'duplicate' };

      for (const attachment of record.attachments ?? []) {
        await tx.run(INSERT_ATTACHMENT, [
          record.id,
          attachment.requirementId,
          attachment.sha256,
          attachment.size,
          attachment.mime,
        ]);
      }
      return { kind: 'inserted' };
    });

  return {
    async saveDossier(record) {
      try {
        return await save(record);
      } catch (error) {
        // Only reachable if a writer outside this store's transactions
        // took the code in between; the answer is the same.
        if (isUniqueViolation(error, { table: 'dossiers', column: 'code' })) {
          return { kind: 'codeTaken' };
        }
        throw error;
      }
    },

    async findDossierByCode(code) {
      const rows = await db.query<{ record: string }>(
        'SELECT record FROM dossiers WHERE code = $1',
        [code],
      );
      const row = rows[0];
      return row === undefined ? undefined : JSON.parse(row.record);
    },

    async recentDossiers(limit) {
      const rows = await db.query<{ record: string }>(SELECT_RECENT, [limit]);
      return rows.map((row) => JSON.parse(row.record) as DossierRecord);
    },
  };
}
