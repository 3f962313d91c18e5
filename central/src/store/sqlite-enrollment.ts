import type { Database } from 'better-sqlite3';
import { preparePushAppend } from './sqlite-push';
import type {
  CentralStore,
  EnrollOutcome,
  EnrollRequest,
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
  | 'revokeKiosk'
>;

/** Kiosk slots, one-time tokens, and the keys bound to them. */
export function enrollmentQueries(db: Database): EnrollmentQueries {
  const append = preparePushAppend(db);
  const upsertSlot = db.prepare(`
    INSERT INTO kiosk_slots (id, ward, address) VALUES (@kioskId, @ward, @address)
    ON CONFLICT (id) DO UPDATE SET ward = excluded.ward,
      address = excluded.address
  `);
  // A bootstrap token given again at the next boot only gets a new expiry;
  // once burnt it stays burnt.
  const upsertToken = db.prepare(`
    INSERT INTO enrollment_tokens (token_sha256, kiosk_id, expires_at)
    VALUES (@tokenSha256, @kioskId, @expiresAt)
    ON CONFLICT (token_sha256) DO UPDATE SET expires_at = excluded.expires_at
    WHERE used_at IS NULL AND kiosk_id = excluded.kiosk_id
  `);
  const selectToken = db.prepare(
    'SELECT kiosk_id, expires_at, used_at FROM enrollment_tokens WHERE token_sha256 = ?',
  );
  const burnToken = db.prepare(
    'UPDATE enrollment_tokens SET used_at = ? WHERE token_sha256 = ?',
  );
  const selectSlot = db.prepare('SELECT * FROM kiosk_slots WHERE id = ?');
  const selectEnrolled = db.prepare(`
    SELECT * FROM kiosk_slots
    WHERE public_key IS NOT NULL AND revoked_at IS NULL ORDER BY id
  `);
  const lastSeq = db.prepare(
    'SELECT COALESCE(MAX(seq), 0) AS seq FROM push_items WHERE kiosk_id = ?',
  );
  const bindKey = db.prepare(`
    UPDATE kiosk_slots SET public_key = @publicKey,
      agent_version = @agentVersion, enrolled_at = @at, revoked_at = NULL,
      stream_start = @streamStart
    WHERE id = @kioskId
  `);
  // Commands meant for the machine being replaced will never be answered.
  const abandonCommands = db.prepare(`
    UPDATE commands SET status = 'failed', finished_at = ?,
      detail = 'The kiosk was re-enrolled before the command finished'
    WHERE kiosk_id = ? AND status IN ('queued', 'sent')
  `);
  const revoke = db.prepare(`
    UPDATE kiosk_slots SET revoked_at = ?
    WHERE id = ? AND public_key IS NOT NULL AND revoked_at IS NULL
  `);

  const saveToken = db.transaction((token: NewEnrollmentToken) => {
    upsertSlot.run(token);
    upsertToken.run(token);
  });

  const saveBootstrap = db.transaction((token: NewEnrollmentToken) => {
    const slot = selectSlot.get(token.kioskId);
    if (slot !== undefined && toSlot(slot).publicKey !== null) return false;
    saveToken(token);
    return true;
  });

  const enroll = db.transaction((request: EnrollRequest): EnrollOutcome => {
    const token = selectToken.get(request.tokenSha256) as
      | { kiosk_id: string; expires_at: string; used_at: string | null }
      | undefined;
    if (token === undefined) return { kind: 'unknown' };
    if (token.used_at !== null) return { kind: 'used' };
    if (Date.parse(token.expires_at) <= Date.parse(request.at)) {
      return { kind: 'expired' };
    }

    burnToken.run(request.at, request.tokenSha256);
    const kioskId = token.kiosk_id;
    const { seq } = lastSeq.get(kioskId) as { seq: number };
    abandonCommands.run(request.at, kioskId);
    bindKey.run({ ...request, kioskId, streamStart: seq });

    const slot = toSlot(selectSlot.get(kioskId));
    for (const item of request.initialItems(slot)) {
      append(kioskId, item, request.at);
    }
    return { kind: 'enrolled', slot };
  });

  return {
    async saveEnrollmentToken(token) {
      saveToken(token);
    },
    async saveBootstrapToken(token) {
      return saveBootstrap(token);
    },
    async enroll(request) {
      return enroll(request);
    },
    async findKiosk(kioskId) {
      const row = selectSlot.get(kioskId);
      return row === undefined ? undefined : toSlot(row);
    },
    async enrolledKiosks() {
      return selectEnrolled.all().map(toSlot);
    },
    async revokeKiosk(kioskId, at) {
      return revoke.run(at, kioskId).changes === 1;
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

function toSlot(input: unknown): KioskSlot {
  const row = input as SlotRow;
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
