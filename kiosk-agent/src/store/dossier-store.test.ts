import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { submission, tempDir } from '../test-support/fixtures';
import { DailyLimitReached, DossierStore } from './dossier-store';
import { openStore } from './open-store';
import { loadSealer } from './sealing';

function newStore(dir = tempDir()) {
  const db = openStore(dir);
  const store = new DossierStore(db, loadSealer(dir), {
    agencyCode: '000.00.00.H29',
    sequenceBlock: 1,
  });
  return { dir, db, store };
}

function input(requestId: string, receivedAt = '2026-12-03T03:00:00Z') {
  const s = submission({ requestId });
  return {
    requestId,
    kioskId: 'KIOSK-T',
    procedureId: s.procedureId,
    language: s.language,
    receivedAt: new Date(receivedAt),
    returnDate: '2026-12-04',
    applicant: s.applicant,
    fields: s.fields,
  };
}

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const REQ = (n: number) =>
  `0b9d6f7e-1c1e-4a52-9a43-${String(n).padStart(12, '0')}`;

describe('committing dossiers', () => {
  it('numbers dossiers per day and restarts the count on a new day', () => {
    const { store } = newStore();
    const a = store.commit(input(REQ(1))).record.code;
    const b = store.commit(input(REQ(2))).record.code;
    const c = store.commit(input(REQ(3), '2026-12-04T03:00:00Z')).record.code;
    expect([a, b, c]).toEqual([
      '000.00.00.H29-261203-1001',
      '000.00.00.H29-261203-1002',
      '000.00.00.H29-261204-1001',
    ]);
  });

  it('returns the same dossier for a repeated request id', () => {
    const { store } = newStore();
    const first = store.commit(input(REQ(1)));
    const again = store.commit(input(REQ(1)));
    expect(again.created).toBe(false);
    expect(again.record).toEqual(first.record);
    expect(store.backlog(new Date()).pending).toBe(1);
  });

  it('queues exactly one outbox item per dossier, oldest first', () => {
    const { store } = newStore();
    store.commit(input(REQ(1)));
    store.commit(input(REQ(2)));
    const due = store.dueOutbox(Date.now(), 10);
    const first = present(due[0]);
    const second = present(due[1]);
    expect([first.kind, second.kind]).toEqual([
      'dossier.deliver',
      'dossier.deliver',
    ]);
    expect(first.seq).toBeLessThan(second.seq);
  });

  it('keeps the dossier after the store is closed and reopened', () => {
    const { dir, db, store } = newStore();
    const { record } = store.commit(input(REQ(1)));
    db.close();
    const reopened = newStore(dir);
    expect(reopened.store.findByCode(record.code)).toEqual(record);
  });

  it('never writes the name or ID number to disk in the clear', () => {
    const { dir, db, store } = newStore();
    store.commit(input(REQ(1)));
    db.close();
    const bytes = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name)))
      .reduce((all, file) => Buffer.concat([all, file]), Buffer.alloc(0));
    expect(bytes.includes(Buffer.from('079090001234'))).toBe(false);
    expect(bytes.includes(Buffer.from('NGUYỄN VĂN AN'))).toBe(false);
    expect(bytes.includes(Buffer.from('0912345678'))).toBe(false);
  });

  it('refuses the thousandth dossier of a day in one block', () => {
    const { db, store } = newStore();
    db.prepare(`INSERT INTO day_sequence (day, last) VALUES (?, 999)`).run(
      '2026-12-03',
    );
    expect(() => store.commit(input(REQ(1)))).toThrow(DailyLimitReached);
    expect(store.backlog(new Date()).pending).toBe(0);
  });
});

describe('the outbox', () => {
  it('skips an item until its retry time and delivers it after', () => {
    const { store } = newStore();
    store.commit(input(REQ(1)));
    const item = present(store.dueOutbox(1_000, 10)[0]);
    store.scheduleRetry(item, 5_000, 'link down');
    expect(store.dueOutbox(4_999, 10)).toEqual([]);
    expect(store.dueOutbox(5_000, 10)[0]?.attempts).toBe(1);
  });

  it('does not let a dead-lettered item block the next one', () => {
    const { store } = newStore();
    store.commit(input(REQ(1)));
    store.commit(input(REQ(2)));
    const first = present(store.dueOutbox(0, 10)[0]);
    store.markDead(first, 'invalid');
    const due = store.dueOutbox(0, 10);
    expect(due).toHaveLength(1);
    expect(present(due[0]).seq).toBeGreaterThan(first.seq);
    expect(store.outboxStates()).toEqual({ dead: 1, pending: 1 });
  });
});
