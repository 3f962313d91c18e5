import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { submission } from '../test-support/fixtures';
import { newStore, present } from '../test-support/store';
import type { NewAttachment } from './dossier-store';
import { DailyLimitReached } from './dossier-store';

const REQ = (n: number) =>
  `0b9d6f7e-1c1e-4a52-9a43-${String(n).padStart(12, '0')}`;

function input(
  requestId: string,
  receivedAt = '2026-12-03T03:00:00Z',
  attachments: NewAttachment[] = [],
) {
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
    attachments,
  };
}

function allBytes(dir: string): Buffer {
  const walk = (path: string): Buffer[] =>
    statSync(path).isDirectory()
      ? readdirSync(path).flatMap((name) => walk(join(path, name)))
      : [readFileSync(path)];
  return Buffer.concat(walk(dir));
}

const SCAN: NewAttachment = {
  requirementId: 'proof',
  bytes: Buffer.from('PNG…NGUYỄN VĂN AN lease contract 079090001234'),
  mime: 'image/png',
};

describe('committing dossiers', () => {
  it('numbers dossiers per day and restarts the count on a new day', () => {
    const { store } = newStore();
    const codes = [
      store.commit(input(REQ(1))).dossier.code,
      store.commit(input(REQ(2))).dossier.code,
      store.commit(input(REQ(3), '2026-12-04T03:00:00Z')).dossier.code,
    ];
    expect(codes).toEqual([
      '000.00.00.H29-261203-1001',
      '000.00.00.H29-261203-1002',
      '000.00.00.H29-261204-1001',
    ]);
  });

  it('returns the same dossier for a repeated request id', () => {
    const { store, outbox } = newStore();
    const first = store.commit(input(REQ(1)));
    const again = store.commit(input(REQ(1)));
    expect(again.created).toBe(false);
    expect(again.dossier).toEqual(first.dossier);
    expect(outbox.backlog(new Date()).pending).toBe(1);
  });

  it('queues exactly one outbox item per dossier, oldest first', () => {
    const { store, outbox } = newStore();
    store.commit(input(REQ(1)));
    store.commit(input(REQ(2)));
    const due = outbox.due(Date.now(), 10);
    const first = present(due[0]);
    const second = present(due[1]);
    expect([first.kind, second.kind]).toEqual([
      'dossier.deliver',
      'dossier.deliver',
    ]);
    expect(first.seq).toBeLessThan(second.seq);
  });

  it('keeps the dossier and its attachment after a reopen', () => {
    const { dir, db, store } = newStore();
    const { dossier } = store.commit(input(REQ(1), undefined, [SCAN]));
    db.close();
    const reopened = newStore(dir).store;
    const record = present(reopened.findByCode(dossier.code));
    const sha256 = present(record.attachments?.[0]).sha256;
    expect(reopened.attachmentBytes(sha256)).toEqual(SCAN.bytes);
  });

  it('never writes the name, ID number or a scan to disk in the clear', () => {
    const { dir, db, store } = newStore();
    store.commit(input(REQ(1), undefined, [SCAN]));
    db.close();
    const bytes = allBytes(dir);
    expect(bytes.includes(Buffer.from('079090001234'))).toBe(false);
    expect(bytes.includes(Buffer.from('NGUYỄN VĂN AN'))).toBe(false);
    expect(bytes.includes(Buffer.from('0912345678'))).toBe(false);
    expect(bytes.includes(Buffer.from('lease contract'))).toBe(false);
  });

  it('refuses the thousandth dossier of a day in one block', () => {
    const { db, store, outbox } = newStore();
    db.prepare(`INSERT INTO day_sequence (day, last) VALUES (?, 999)`).run(
      '2026-12-03',
    );
    expect(() => store.commit(input(REQ(1)))).toThrow(DailyLimitReached);
    expect(outbox.backlog(new Date()).pending).toBe(0);
  });
});

describe('after central has the dossier', () => {
  it('drops the personal data and the scans, and keeps a masked record', () => {
    const { dir, store, vault } = newStore();
    const { dossier } = store.commit(input(REQ(1), undefined, [SCAN]));
    const sha256 = present(
      present(store.findById(dossier.id)).attachments?.[0],
    ).sha256;

    store.markDelivered(dossier.id, new Date('2026-12-03T04:00:00Z'));

    expect(store.findById(dossier.id)).toBeUndefined();
    expect(vault.has(sha256)).toBe(false);
    expect(readdirSync(join(dir, 'attachments'))).toEqual([]);
    expect(store.slipView(dossier.code)).toMatchObject({
      code: dossier.code,
      applicantName: 'N***** V** A*',
      idNumberMasked: '—',
    });
  });

  it('keeps answering a repeated request once the data is purged', () => {
    const { store, outbox } = newStore();
    const first = store.commit(input(REQ(1)));
    store.markDelivered(first.dossier.id, new Date());
    const again = store.commit(input(REQ(1)));
    expect(again.created).toBe(false);
    expect(again.dossier.code).toBe(first.dossier.code);
    expect(outbox.backlog(new Date()).pending).toBe(1);
  });

  it('forgets the minimal record after the retention period', () => {
    const { store } = newStore();
    const { dossier } = store.commit(input(REQ(1)));
    store.markDelivered(dossier.id, new Date('2026-11-01T00:00:00Z'));
    expect(store.dropDeliveredBefore(new Date('2026-11-02T00:00:00Z'))).toBe(1);
    expect(store.slipView(dossier.code)).toBeUndefined();
  });
});

describe('the outbox', () => {
  it('skips an item until its retry time and delivers it after', () => {
    const { store, outbox } = newStore();
    store.commit(input(REQ(1)));
    const item = present(outbox.due(1_000, 10)[0]);
    outbox.scheduleRetry(item, 5_000, 'link down');
    expect(outbox.due(4_999, 10)).toEqual([]);
    expect(outbox.due(5_000, 10)[0]?.attempts).toBe(1);
  });

  it('does not let a dead-lettered item block the next one', () => {
    const { store, outbox } = newStore();
    store.commit(input(REQ(1)));
    store.commit(input(REQ(2)));
    const first = present(outbox.due(0, 10)[0]);
    outbox.markDead(first, 'invalid');
    const due = outbox.due(0, 10);
    expect(due).toHaveLength(1);
    expect(present(due[0]).seq).toBeGreaterThan(first.seq);
    expect(outbox.states()).toEqual({ dead: 1, pending: 1 });
  });
});
