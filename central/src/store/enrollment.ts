import { appendPush } from './push';
import type { SqlDb } from './sql-db';
import type {
  CentralStore,
  EnrollOutcome,
  KioskSlot,
  NewEnrollmentToken,
} from './types';

type EnrollmentQueries = Pick<
  CentralStore,
  | 'saveEnrollmentToken'
  | 'saveBootstrapToken'
  | 'enroll'
  | 'findKiosk'
  | 'enrolledKiosks'
  | 'revokedKiosks'
  | 'revokeKiosk'
>;

const UPSERT_SLOT = `
  INSERT INTO kiosk_slots (id, ward, address) VALUES ($1, $2, $3)
  ON CONFLICT (id) DO UPDATE SET ward = excluded.ward,
    address = excluded.address
`;
// A bootstrap token given again at the next boot only gets a new expiry;
// once burnt it stays burnt.
const UPSERT_TOKEN = `
  INSERT INTO enrollment_tokens (token_sha256, kiosk_id, expires_at)
  VALUES ($1, $2, $3)
  ON CONFLICT (token_sha256) DO UPDATE SET expires_at = excluded.expires_at
  WHERE enrollment_tokens.used_at IS NULL
    AND enrollment_tokens.kiosk_id = excluded.kiosk_id
`;
const SELECT_SLOT = 'SELECT * FROM kiosk_slots WHERE id = $1';
const BIND_KEY = `
  UPDATE kiosk_slots SET public_key = $1, agent_version = $2,
    enrolled_at = $3, revoked_at = NULL, stream_start = $4
  WHERE id = $5
`;
// Commands meant for the machine being replaced will never be answered.
const ABANDON_COMMANDS = `
  UPDATE commands SET status = 'failed', finished_at = $1,
    detail = 'The kiosk was re-enrolled before the command finished'
  WHERE kiosk_id = $2 AND status IN ('queued', 'sent')
`;

async function selectSlot(db: SqlDb, id: string) {
  const [row] = await db.query<SlotRow>(SELECT_SLOT, [id]);
  return row === undefined ? undefined : toSlot(row);
}

async function saveToken(tx: SqlDb, token: NewEnrollmentToken) {
  await tx.run(UPSERT_SLOT, [token.kioskId, token.ward, token.address]);
  await tx.run(UPSERT_TOKEN, [
    token.tokenSha256,
    token.kioskId,
    token.expiresAt,
  ]);
}

/** Kiosk slots, one-time tokens, and the keys bound to them. */
export function enrollmentQueries(db: SqlDb): EnrollmentQueries {
  return {
    saveEnrollmentToken(token) {
      return db.transaction((tx) => saveToken(tx, token));
    },

    saveBootstrapToken(token) {
      return db.transaction(async (tx) => {
        const slot = await selectSlot(tx, token.kioskId);
        if (slot !== undefined && slot.publicKey !== null) return false;
        await saveToken(tx, token);
        return true;
      });
    },

    enroll(request) {
      return db.transaction(async (tx): Promise<EnrollOutcome> => {
        const [token] = await tx.query<{
          kiosk_id: string;
          expires_at: string;
          used_at: string | null;
        }>(
          `SELECT kiosk_id, expires_at, used_at FROM enrollment_tokens
           WHERE token_sha256 = $1`,
          [request.tokenSha256],
        );
        if (token === undefined) return { kind: 'unknown' };
        if (token.used_at !== null) return { kind: 'used' };
        if (Date.parse(token.expires_at) <= Date.parse(request.at)) {
          return { kind: 'expired' };
        }

        // Guarded as well as checked: a token is burnt at most once.
        const burnt = await tx.run(
          `UPDATE enrollment_tokens SET used_at = $1
           WHERE token_sha256 = $2 AND used_at IS NULL`,
          [request.at, request.tokenSha256],
        );
        if (burnt.changes !== 1) return { kind: 'used' };
        const kioskId = token.kiosk_id;
        const [last] = await tx.query<{ seq: number }>(
          'SELECT COALESCE(MAX(seq), 0) AS seq FROM push_items WHERE kiosk_id = $1',
          [kioskId],
        );
        await tx.run(ABANDON_COMMANDS, [request.at, kioskId]);
        await tx.run(BIND_KEY, [
          request.publicKey,
          request.agentVersion,
          request.at,
          last?.seq ?? 0,
          kioskId,
        ]);

        const slot = await selectSlot(tx, kioskId);
        if (slot === undefined) throw new Error(`slot ${kioskId} vanished`);
        for (const item of await request.initialItems(slot, tx)) {
          await appendPush(tx, kioskId, item, request.at);
        }
        return { kind: 'enrolled', slot };
      });
    },

    findKiosk(kioskId) {
      return selectSlot(db, kioskId);
    },

    async enrolledKiosks() {
      const rows = await db.query<SlotRow>(`
        SELECT * FROM kiosk_slots
        WHERE public_key IS NOT NULL AND revoked_at IS NULL ORDER BY id
      `);
      return rows.map(toSlot);
    },

    async revokedKiosks() {
      const rows = await db.query<SlotRow>(`
        SELECT * FROM kiosk_slots WHERE revoked_at IS NOT NULL ORDER BY id
      `);
      return rows.map(toSlot);
    },

    async revokeKiosk(kioskId, at) {
      const { changes } = await db.run(
        `UPDATE kiosk_slots SET revoked_at = $1
         WHERE id = $2 AND public_key IS NOT NULL AND revoked_at IS NULL`,
        [at, kioskId],
      );
      return changes === 1;
    },
  };
}

interface SlotRow {
  id: string;
  ward: string;
  address: string;
  public_key: string | null;
  agent_version: string | null;
  enrolled_at: string | null;
  revoked_at: string | null;
  stream_start: number;
}

function toSlot(row: SlotRow): KioskSlot {
  return {
    id: row.id,
    ward: row.ward,
    address: row.address,
    publicKey: row.public_key,
    agentVersion: row.agent_version,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    streamStart: row.stream_start,
  };
}
