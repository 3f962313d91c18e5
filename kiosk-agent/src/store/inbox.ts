import type {
  CalendarData,
  CatalogSnapshot,
  KioskConfig,
  PushItem,
} from '@motcua/protocol';
import {
  calendarSchema,
  catalogSnapshotSchema,
  kioskConfigSchema,
} from '@motcua/protocol';
import type { z } from 'zod';
import type { Db } from './open-store';

export type CommandState = 'started' | 'done' | 'failed';

/**
 * What central sent: the last sequence number applied and the latest
 * catalog, calendar and configuration. Applying an item and recording its
 * sequence number happen in one transaction, so a crash never applies an
 * item twice or skips one.
 */
export class Inbox {
  constructor(private readonly db: Db) {}

  lastSeq(): number {
    const row = this.db
      .prepare(`SELECT last_seq FROM inbox WHERE stream = 'push'`)
      .get() as { last_seq: number } | undefined;
    return row?.last_seq ?? 0;
  }

  /**
   * Records item `seq` as applied, with its data. Returns false (and changes
   * nothing) for an item already applied. A command is only recorded here;
   * whoever runs it must call `startCommand` first.
   */
  apply(seq: number, item: PushItem, at: Date): boolean {
    const run = this.db.transaction((): boolean => {
      if (seq <= this.lastSeq()) return false;
      switch (item.kind) {
        case 'catalog':
          this.put('catalog', seq, { seq, procedures: item.procedures });
          break;
        case 'calendar':
          this.put('calendar', seq, item.calendar);
          break;
        case 'config':
          this.put('config', seq, item.config);
          break;
        case 'command':
          this.db
            .prepare(
              `INSERT OR IGNORE INTO command (id, name, state, started_at)
               VALUES (?, ?, 'started', ?)`,
            )
            .run(item.commandId, item.name, at.toISOString());
          break;
        default: {
          const unhandled: never = item;
          throw new Error(`unknown push item ${JSON.stringify(unhandled)}`);
        }
      }
      this.put('push', seq, {});
      return true;
    });
    return run.immediate();
  }

  /** Records `seq` as passed without applying anything. */
  skip(seq: number): void {
    const run = this.db.transaction(() => {
      if (seq > this.lastSeq()) this.put('push', seq, {});
    });
    run.immediate();
  }

  catalog(): CatalogSnapshot | undefined {
    return this.get('catalog', catalogSnapshotSchema);
  }

  calendar(): CalendarData | undefined {
    return this.get('calendar', calendarSchema);
  }

  config(): KioskConfig | undefined {
    return this.get('config', kioskConfigSchema);
  }

  /** Commands recorded but never finished: cut off by a crash. */
  unfinishedCommands(): { id: string; name: string }[] {
    return this.db
      .prepare(`SELECT id, name FROM command WHERE state = 'started'`)
      .all() as { id: string; name: string }[];
  }

  finishCommand(id: string, state: 'done' | 'failed', at: Date): void {
    this.db
      .prepare(
        `UPDATE command SET state = ?, finished_at = ? WHERE id = ?
           AND state = 'started'`,
      )
      .run(state, at.toISOString(), id);
  }

  commandState(id: string): CommandState | undefined {
    const row = this.db
      .prepare('SELECT state FROM command WHERE id = ?')
      .get(id) as { state: CommandState } | undefined;
    return row?.state;
  }

  private put(stream: string, seq: number, body: unknown): void {
    this.db
      .prepare(
        `INSERT INTO inbox (stream, last_seq, body) VALUES (?, ?, ?)
         ON CONFLICT (stream) DO UPDATE
           SET last_seq = excluded.last_seq, body = excluded.body`,
      )
      .run(stream, seq, JSON.stringify(body));
  }

  private get<T>(stream: string, schema: z.ZodType<T>): T | undefined {
    const row = this.db
      .prepare('SELECT body FROM inbox WHERE stream = ?')
      .get(stream) as { body: string } | undefined;
    if (row === undefined) return undefined;
    const parsed = schema.safeParse(JSON.parse(row.body));
    return parsed.success ? parsed.data : undefined;
  }
}
