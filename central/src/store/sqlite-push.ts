import type { Database } from 'better-sqlite3';
import type { CommandResult, PushItem } from '@motcua/protocol';
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
export function preparePushAppend(db: Database) {
  const nextSeq = db.prepare(
    'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM push_items WHERE kiosk_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO push_items (kiosk_id, seq, item, created_at) VALUES (?, ?, ?, ?)',
  );
  return (kioskId: string, item: PushItem, at: string): number => {
    const { seq } = nextSeq.get(kioskId) as { seq: number };
    insert.run(kioskId, seq, JSON.stringify(item), at);
    return seq;
  };
}

/** The ordered central → kiosk streams and the commands in them. */
export function pushQueries(db: Database): PushQueries {
  const append = preparePushAppend(db);
  const selectEnrolled = db.prepare(`
    SELECT id FROM kiosk_slots
    WHERE public_key IS NOT NULL AND revoked_at IS NULL ORDER BY id
  `);
  const selectAfter = db.prepare(`
    SELECT seq, item FROM push_items
    WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?
  `);
  const insertCommand = db.prepare(`
    INSERT INTO commands (id, kiosk_id, seq, name, status, issued_at)
    VALUES (?, ?, ?, ?, 'queued', ?)
  `);
  const markSent = db.prepare(`
    UPDATE commands SET status = 'sent', sent_at = ?
    WHERE id = ? AND status = 'queued'
  `);
  const selectCommand = db.prepare(
    'SELECT * FROM commands WHERE id = ? AND kiosk_id = ?',
  );
  const finish = db.prepare(`
    UPDATE commands SET status = @status, finished_at = @at, detail = @detail,
      blob = @blob, result_msg_id = @msgId, sent_at = COALESCE(sent_at, @at)
    WHERE id = @commandId
  `);
  const selectCommands = db.prepare(
    'SELECT * FROM commands WHERE kiosk_id = ? ORDER BY seq DESC',
  );

  const pushAll = db.transaction((item: PushItem, at: string) => {
    const ids = (selectEnrolled.all() as { id: string }[]).map((r) => r.id);
    for (const id of ids) append(id, item, at);
    return ids;
  });

  const queue = db.transaction(
    (kioskId: string, item: Extract<PushItem, { kind: 'command' }>) => {
      const seq = append(kioskId, item, item.issuedAt);
      insertCommand.run(item.commandId, kioskId, seq, item.name, item.issuedAt);
      return toCommand(selectCommand.get(item.commandId, kioskId));
    },
  );

  // A command runs at most once, so any second result is a duplicate,
  // whatever its msgId: the first one stays. A result can overtake the
  // push acknowledgement, so it also fills in when the command was sent.
  const record = db.transaction(
    (kioskId: string, result: CommandResult, at: string) => {
      const row = selectCommand.get(result.commandId, kioskId);
      if (row === undefined) return { kind: 'unknown' } as const;
      const current = toCommand(row);
      if (current.status === 'done' || current.status === 'failed') {
        return { kind: 'duplicate', command: current } as const;
      }
      finish.run({
        status: result.ok ? 'done' : 'failed',
        at,
        detail: result.detail ?? null,
        blob: result.blob === undefined ? null : JSON.stringify(result.blob),
        msgId: result.msgId,
        commandId: result.commandId,
      });
      const command = toCommand(selectCommand.get(result.commandId, kioskId));
      return { kind: 'recorded', command } as const;
    },
  );

  return {
    async pushToEnrolled(item, at) {
      return pushAll(item, at);
    },

    async pushItemsAfter(kioskId, afterSeq, limit) {
      const rows = selectAfter.all(kioskId, afterSeq, limit) as {
        seq: number;
        item: string;
      }[];
      return rows.map((row): StoredPush => ({
        seq: row.seq,
        item: JSON.parse(row.item),
      }));
    },

    async queueCommand(kioskId, item) {
      return queue(kioskId, item);
    },

    async markCommandSent(commandId, at) {
      markSent.run(at, commandId);
    },

    async recordCommandResult(kioskId, result, at) {
      return record(kioskId, result, at);
    },

    async listCommands(kioskId) {
      return selectCommands.all(kioskId).map(toCommand);
    },
  };
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

function toCommand(input: unknown): CommandRecord {
  const row = input as CommandRow;
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
