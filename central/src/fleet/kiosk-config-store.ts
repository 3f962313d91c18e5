import type { KioskConfig, VietQrPayee } from '@motcua/protocol';
import { appendPush } from '../store/push';
import type { SqlDb } from '../store/sql-db';
import type { KioskSlot } from '../store/types';

/** Local settings every kiosk starts with until staff change them. */
export const DEFAULT_RETENTION_DAYS = 30;
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 90;

/** What staff set for one kiosk; null keeps central's default. */
export interface KioskConfigOverrides {
  readonly idleTimeoutSeconds: number | null;
  readonly retentionDays: number | null;
}

/**
 * A change asked for by an admin: an absent key stays as it is, null goes
 * back to the default (for the payee: no account from central).
 */
export interface KioskConfigChange {
  readonly idleTimeoutSeconds?: number | null;
  readonly retentionDays?: number | null;
  readonly payee?: VietQrPayee | null;
}

export const NO_OVERRIDES: KioskConfigOverrides = {
  idleTimeoutSeconds: null,
  retentionDays: null,
};

/** The `config` item a kiosk gets: its slot, its overrides, its ward's payee. */
export function kioskConfigFor(
  slot: Pick<KioskSlot, 'ward'>,
  overrides: KioskConfigOverrides = NO_OVERRIDES,
  payee?: VietQrPayee,
): KioskConfig {
  return {
    wardName: slot.ward,
    retentionDays: overrides.retentionDays ?? DEFAULT_RETENTION_DAYS,
    idleTimeoutSeconds:
      overrides.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
    ...(payee === undefined ? {} : { payee }),
  };
}

export async function readOverrides(
  db: SqlDb,
  kioskId: string,
): Promise<KioskConfigOverrides> {
  const [row] = await db.query<{
    idle_timeout_seconds: number | null;
    retention_days: number | null;
  }>(
    `SELECT idle_timeout_seconds, retention_days FROM kiosk_config
     WHERE kiosk_id = $1`,
    [kioskId],
  );
  if (row === undefined) return NO_OVERRIDES;
  return {
    idleTimeoutSeconds: row.idle_timeout_seconds,
    retentionDays: row.retention_days,
  };
}

export async function readWardPayee(
  db: SqlDb,
  ward: string,
): Promise<VietQrPayee | undefined> {
  const [row] = await db.query<{
    bank_bin: string;
    account_number: string;
    account_name: string;
  }>(
    `SELECT bank_bin, account_number, account_name FROM ward_payees
     WHERE ward = $1`,
    [ward],
  );
  if (row === undefined) return undefined;
  return {
    bankBin: row.bank_bin,
    accountNumber: row.account_number,
    accountName: row.account_name,
  };
}

/** The configuration a kiosk of this slot runs with now. */
export async function currentKioskConfig(
  db: SqlDb,
  slot: Pick<KioskSlot, 'id' | 'ward'>,
): Promise<KioskConfig> {
  return kioskConfigFor(
    slot,
    await readOverrides(db, slot.id),
    await readWardPayee(db, slot.ward),
  );
}

const UPSERT_OVERRIDES = `
  INSERT INTO kiosk_config (kiosk_id, idle_timeout_seconds, retention_days,
    updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (kiosk_id) DO UPDATE SET
    idle_timeout_seconds = excluded.idle_timeout_seconds,
    retention_days = excluded.retention_days,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by
`;
const UPSERT_PAYEE = `
  INSERT INTO ward_payees (ward, bank_bin, account_number, account_name,
    updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (ward) DO UPDATE SET bank_bin = excluded.bank_bin,
    account_number = excluded.account_number,
    account_name = excluded.account_name,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by
`;
const ENROLLED_IN_WARD = `
  SELECT id FROM kiosk_slots
  WHERE ward = $1 AND public_key IS NOT NULL AND revoked_at IS NULL
  ORDER BY id
`;

export interface SavedKioskConfig {
  /** What the kiosk runs with from now on. */
  readonly config: KioskConfig;
  /** The `config` items appended, one per enrolled kiosk concerned. */
  readonly pushed: readonly { kioskId: string; seq: number }[];
}

/**
 * Stores the change and, in the same transaction, appends a fresh `config`
 * item to the stream of every enrolled kiosk it concerns: this kiosk, and
 * when the ward's payee changed, every kiosk of the ward. A slot not
 * enrolled yet gets it with its first items at enrollment.
 */
export function saveKioskConfig(
  db: SqlDb,
  slot: Pick<KioskSlot, 'id' | 'ward'>,
  change: KioskConfigChange,
  at: string,
  by: string,
): Promise<SavedKioskConfig> {
  return db.transaction(async (tx) => {
    const before = await readOverrides(tx, slot.id);
    const pick = <K extends keyof KioskConfigOverrides>(key: K) =>
      change[key] === undefined ? before[key] : change[key];
    await tx.run(UPSERT_OVERRIDES, [
      slot.id,
      pick('idleTimeoutSeconds'),
      pick('retentionDays'),
      at,
      by,
    ]);

    const { payee } = change;
    if (payee === null) {
      await tx.run('DELETE FROM ward_payees WHERE ward = $1', [slot.ward]);
    } else if (payee !== undefined) {
      await tx.run(UPSERT_PAYEE, [
        slot.ward,
        payee.bankBin,
        payee.accountNumber,
        payee.accountName,
        at,
        by,
      ]);
    }

    const wardRows = await tx.query<{ id: string }>(ENROLLED_IN_WARD, [
      slot.ward,
    ]);
    const targets = wardRows
      .map((row) => row.id)
      .filter((id) => id === slot.id || payee !== undefined);
    const pushed: { kioskId: string; seq: number }[] = [];
    for (const kioskId of targets) {
      const config = await currentKioskConfig(tx, {
        id: kioskId,
        ward: slot.ward,
      });
      const seq = await appendPush(tx, kioskId, { kind: 'config', config }, at);
      pushed.push({ kioskId, seq });
    }
    return { config: await currentKioskConfig(tx, slot), pushed };
  });
}
