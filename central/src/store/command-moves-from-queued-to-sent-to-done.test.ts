import { randomUUID } from 'node:crypto';
import type { BlobRef } from '@motcua/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrollForTest } from './enroll-helper';
import type { TestStorePlace } from './test-stores';
import { DIALECTS, makeTestStorePlace } from './test-stores';

const ISSUED = '2026-12-03T09:00:00.000Z';
const SENT = '2026-12-03T09:00:05.000Z';
const DONE = '2026-12-03T09:00:09.000Z';

describe.each(DIALECTS)('on %s', (dialect) => {
  let place: TestStorePlace;
  beforeEach(async () => {
    place = await makeTestStorePlace(dialect);
  });
  afterEach(() => place.cleanup());

  it('records a command queued, sent, then done once', async () => {
    const store = await place.open();
    await enrollForTest(store, 'KIOSK-A');
    const commandId = randomUUID();
    const queued = await store.queueCommand('KIOSK-A', {
      kind: 'command',
      commandId,
      name: 'uploadLogs',
      issuedAt: ISSUED,
    });
    expect(queued).toMatchObject({ status: 'queued', seq: 1, sentAt: null });

    await store.markCommandSent(commandId, SENT);
    const blob: BlobRef = {
      sha256: 'b'.repeat(64),
      size: 10,
      mime: 'text/plain',
    };
    const result = {
      msgId: randomUUID(),
      commandId,
      ok: true,
      detail: 'uploaded',
      blob,
    } as const;
    const recorded = await store.recordCommandResult('KIOSK-A', result, DONE);
    const again = await store.recordCommandResult(
      'KIOSK-A',
      { ...result, msgId: randomUUID(), ok: false },
      '2026-12-03T09:01:00.000Z',
    );
    // A late `sent` does not move a finished command back.
    await store.markCommandSent(commandId, '2026-12-03T09:02:00.000Z');

    const expected = {
      commandId,
      kioskId: 'KIOSK-A',
      seq: 1,
      name: 'uploadLogs',
      status: 'done',
      issuedAt: ISSUED,
      sentAt: SENT,
      finishedAt: DONE,
      detail: 'uploaded',
      blob,
    };
    expect(recorded).toEqual({ kind: 'recorded', command: expected });
    expect(again).toEqual({ kind: 'duplicate', command: expected });
    expect(await store.listCommands('KIOSK-A')).toEqual([expected]);
  });

  it('fills in sentAt from a result that overtakes the ack, refuses unknown ids', async () => {
    const store = await place.open();
    await enrollForTest(store, 'KIOSK-A');
    await enrollForTest(store, 'KIOSK-B');
    const commandId = randomUUID();
    await store.queueCommand('KIOSK-A', {
      kind: 'command',
      commandId,
      name: 'printTestSlip',
      issuedAt: ISSUED,
    });
    const result = { msgId: randomUUID(), commandId, ok: false } as const;

    expect(await store.recordCommandResult('KIOSK-B', result, DONE)).toEqual({
      kind: 'unknown',
    });
    expect(
      await store.recordCommandResult('KIOSK-A', result, DONE),
    ).toMatchObject({
      kind: 'recorded',
      command: { status: 'failed', sentAt: DONE, finishedAt: DONE },
    });
  });

  it('fails the open commands of a kiosk that enrolls again', async () => {
    const store = await place.open();
    await enrollForTest(store, 'KIOSK-A');
    const commandId = randomUUID();
    await store.queueCommand('KIOSK-A', {
      kind: 'command',
      commandId,
      name: 'captureScreenshot',
      issuedAt: ISSUED,
    });

    await enrollForTest(store, 'KIOSK-A', DONE);

    expect(await store.listCommands('KIOSK-A')).toEqual([
      expect.objectContaining({
        commandId,
        status: 'failed',
        finishedAt: DONE,
        detail: expect.stringContaining('re-enrolled'),
      }),
    ]);
    expect(await store.findKiosk('KIOSK-A')).toMatchObject({ streamStart: 1 });
  });
});
