import { describe, expect, it } from 'vitest';
import { RESIDENCE_CONFIRMATION } from '../test-support/fixtures';
import { newStore } from '../test-support/store';

const AT = new Date('2026-12-03T03:00:00Z');
const COMMAND = {
  kind: 'command' as const,
  commandId: '0b9d6f7e-1c1e-4a52-9a43-000000000001',
  name: 'printTestSlip' as const,
  issuedAt: AT.toISOString(),
};

describe('the stream from central', () => {
  it('applies items in order and remembers the last one across a reopen', () => {
    const { dir, db, inbox } = newStore();
    inbox.apply(
      1,
      { kind: 'catalog', procedures: [RESIDENCE_CONFIRMATION] },
      AT,
    );
    inbox.apply(
      2,
      {
        kind: 'config',
        config: {
          wardName: 'Phường Bến Thành',
          retentionDays: 7,
          idleTimeoutSeconds: 90,
        },
      },
      AT,
    );
    db.close();

    const again = newStore(dir).inbox;
    expect(again.lastSeq()).toBe(2);
    expect(again.catalog()?.procedures.map((p) => p.id)).toEqual([
      'residence-confirmation',
    ]);
    expect(again.config()?.wardName).toBe('Phường Bến Thành');
  });

  it('ignores an item it has already applied', () => {
    const { inbox } = newStore();
    expect(inbox.apply(1, COMMAND, AT)).toBe(true);
    expect(inbox.apply(1, COMMAND, AT)).toBe(false);
    expect(inbox.lastSeq()).toBe(1);
  });

  it('records a command before it runs, so a crash never runs it twice', () => {
    const { dir, db, inbox } = newStore();
    inbox.apply(1, COMMAND, AT);
    db.close();

    // After a crash the command is unfinished, and a replay does not
    // start it again.
    const again = newStore(dir).inbox;
    expect(again.unfinishedCommands()).toEqual([
      { id: COMMAND.commandId, name: 'printTestSlip' },
    ]);
    expect(again.apply(1, COMMAND, AT)).toBe(false);
    again.finishCommand(COMMAND.commandId, 'failed', AT);
    expect(again.commandState(COMMAND.commandId)).toBe('failed');
    expect(again.unfinishedCommands()).toEqual([]);
  });
});
