import type { CommandResult, PushItem } from '@motcua/protocol';
import type { SqlDb } from './sql-db';
import type { CentralStore, CommandRecord, StoredPush } from './types';

type PushQueries = Pick<
  CentralStore,
  | 'pushToEnrolled'
  | 'pushItemsAfter'
  | 'queueCommand'
  | 'markCommandSent'
  | 'recordCommandResult'
  | 'listCommands'
>;

/**
 * Appends one item to a kiosk's stream with the next seq. Call it inside a
 * transaction: the seq is read and written in two statements.
 */
export async function appendPush(
  tx: SqlDb,
  kioskId: string,
  item: PushItem,
  at: string,
): Promise<number> {
  const [row] = await tx.query<{ seq: number }>(
    'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM push_items WHERE kiosk_id = $1',
    [kioskId],
  );
  const seq = row?.seq ?? 1;
  await tx.run(
    'INSERT INTO push_items (kiosk_id, seq, item, created_at) VALUES ($1, $2, $3, $4)',
    [kioskId, seq, JSON.stringify(item), at],
  );
  return seq;
}

const SELECT_COMMAND = 'SELECT * FROM commands WHERE id = $1 AND kiosk_id = $2';

async function selectCommand(
  db: SqlDb,
  commandId: string,
  kioskId: string,
): Promise<CommandRecord | undefined> {
  const [row] = await db.query<CommandRow>(SELECT_COMMAND, [
    commandId,
    kioskId,
  ]);
  return row === undefined ? undefined : toCommand(row);
}

/** The ordered central → kiosk streams and the commands in them. */
export function pushQueries(db: SqlDb): PushQueries {
  return {
    pushToEnrolled(item, at) {
      return db.transaction(async (tx) => {
        const rows = await tx.query<{ id: string }>(`
          SELECT id FROM kiosk_slots
          WHERE public_key IS NOT NULL AND revoked_at IS NULL ORDER BY id
        `);
        const ids = rows.map((row) => row.id);
        for (const id of ids) await appendPush(tx, id, item, at);
        return ids;
      });
    },

    async pushItemsAfter(kioskId, afterSeq, limit) {
      const rows = await db.query<{ seq: number; item: string }>(
        `SELECT seq, item FROM push_items
         WHERE kiosk_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [kioskId, afterSeq, limit],
      );
      return rows.map((row): StoredPush => ({
        seq: row.seq,
        item: JSON.parse(row.item),
      }));
    },

    queueCommand(kioskId, item) {
      return db.transaction(async (tx) => {
        const seq = await appendPush(tx, kioskId, item, item.issuedAt);
        await tx.run(
          `INSERT INTO commands (id, kiosk_id, seq, name, status, issued_at)
           VALUES ($1, $2, $3, $4, 'queued', $5)`,
          [item.commandId, kioskId, seq, item.name, item.issuedAt],
        );
        return toCommand({
          id: item.commandId,
          kiosk_id: kioskId,
          seq,
          name: item.name,
          status: 'queued',
          issued_at: item.issuedAt,
          sent_at: null,
          finished_at: null,
          detail: null,
          blob: null,
        });
      });
    },

    async markCommandSent(commandId, at) {
      await db.run(
        `UPDATE commands SET status = 'sent', sent_at = $1
         WHERE id = $2 AND status = 'queued'`,
        [at, commandId],
      );
    },

    // A command runs at most once, so any second result is a duplicate,
    // whatever its msgId: the first one stays. A result can overtake the
    // push acknowledgement, so it also fills in when the command was sent.
    recordCommandResult(kioskId, result, at) {
      return db.transaction(async (tx) => {
        const current = await selectCommand(tx, result.commandId, kioskId);
        if (current === undefined) return { kind: 'unknown' } as const;
        if (current.status === 'done' || current.status === 'failed') {
          return { kind: 'duplicate', command: current } as const;
        }
        await tx.run(finishSql, finishParams(result, at));
        const command = await selectCommand(tx, result.commandId, kioskId);
        if (command === undefined) throw new Error('command vanished');
        return { kind: 'recorded', command } as const;
      });
    },

    async listCommands(kioskId) {
      const rows = await db.query<CommandRow>(
        'SELECT * FROM commands WHERE kiosk_id = $1 ORDER BY seq DESC',
        [kioskId],
      );
      return rows.map(toCommand);
    },
  };
}

const finishSql = `
  UPDATE commands SET status = $1, finished_at = $2, detail = $3, blob = $4,
    result_msg_id = $5, sent_at = COALESCE(sent_at, $2)
  WHERE id = $6
`;

function finishParams(result: CommandResult, at: string): unknown[] {
  return [
    result.ok ? 'done' : 'failed',
    at,
    result.detail ?? null,
    result.blob === undefined ? null : JSON.stringify(result.blob),
    result.msgId,
    result.commandId,
  ];
}

interface CommandRow {
  id: string;
  kiosk_id: string;
  seq: number;
  name: CommandRecord['name'];
  status: CommandRecord['status'];
  issued_at: string;
  sent_at: string | null;
  finished_at: string | null;
  detail: string | null;
  blob: string | null;
}

function toCommand(row: CommandRow): CommandRecord {
  return {
    commandId: row.id,
    kioskId: row.kiosk_id,
    seq: row.seq,
    name: row.name,
    status: row.status,
    issuedAt: row.issued_at,
    sentAt: row.sent_at,
    finishedAt: row.finished_at,
    detail: row.detail,
    blob: row.blob === null ? null : JSON.parse(row.blob),
  };
}
