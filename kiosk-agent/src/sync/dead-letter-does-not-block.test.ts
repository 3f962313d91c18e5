import { createLogger } from '@motcua/protocol';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, expect, it } from 'vitest';
import { submission } from '../test-support/fixtures';
import { newStore } from '../test-support/store';
import type { CentralLink } from './central-link';
import { connectCentral } from './central-link';
import { loadKioskKey } from './kiosk-key';

// A stand-in central on loopback that refuses the first dossier for good
// and takes everything else: the refused one must not hold up the rest.

let link: CentralLink | undefined;
let io: Server | undefined;
afterEach(async () => {
  await link?.close();
  await io?.close();
});

it('dead-letters a refused dossier, delivers the next, and tells central', async () => {
  const { dir, store, outbox, inbox } = newStore();
  const requests = ['01', '02'].map(
    (n) => `0b9d6f7e-1c1e-4a52-9a43-0000000000${n}`,
  );
  const codes = requests.map((requestId) => {
    const s = submission({ requestId });
    return store.commit({
      requestId,
      kioskId: 'KIOSK-T',
      procedureId: s.procedureId,
      language: 'vi',
      receivedAt: new Date('2026-12-03T03:00:00Z'),
      returnDate: '2026-12-04',
      applicant: s.applicant,
      fields: s.fields,
    }).dossier.code;
  });

  const http = createServer();
  io = new Server(http);
  const received: string[] = [];
  const events: string[] = [];
  let sawEvent: () => void = () => undefined;
  const eventSeen = new Promise<void>((resolve) => (sawEvent = resolve));
  io.of('/kiosk').on('connection', (socket) => {
    socket.on(
      'dossier.deliver',
      (
        payload: { dossier: { id: string; code: string } },
        ack: (a: unknown) => void,
      ) => {
        received.push(payload.dossier.code);
        ack(
          payload.dossier.code === codes[0]
            ? {
                ok: false,
                error: { code: 'unknown_procedure', message: 'Not offered' },
                retryable: false,
              }
            : { ok: true, dossierId: payload.dossier.id, duplicate: false },
        );
      },
    );
    socket.on(
      'kiosk.event',
      (
        payload: { kind: string; detail?: string },
        ack: (a: unknown) => void,
      ) => {
        events.push(`${payload.kind} ${payload.detail ?? ''}`);
        ack({ ok: true, duplicate: false });
        sawEvent();
      },
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  link = connectCentral({
    centralUrl: `http://127.0.0.1:${String(port)}`,
    kioskId: 'KIOSK-T',
    key: loadKioskKey(dir),
    store,
    outbox,
    inbox,
    blob: () => undefined,
    delivered: (item) => outbox.markAcked(item),
    deadLettered: (item, error) => {
      outbox.enqueue('kiosk.event', 'outbox.deadLettered', new Date(), {
        kind: 'outbox.deadLettered',
        at: new Date().toISOString(),
        detail: `${item.kind}: ${error.code}`,
      });
      link?.wake();
    },
    applyPush: () => Promise.resolve(),
    skipPush: () => undefined,
    heartbeat: () => ({
      kioskId: 'KIOSK-T',
      uptimeSeconds: 0,
      agentVersion: 'test',
      devices: [],
      outbox: { pending: 0, oldestAgeSeconds: null },
      freeDiskBytes: 0,
    }),
    logger: createLogger({ source: 'test', write: () => undefined }),
    now: () => new Date(),
  });

  await eventSeen;
  expect(received).toEqual(codes);
  expect(events).toEqual([
    'outbox.deadLettered dossier.deliver: unknown_procedure',
  ]);
  // The agent records the event's acknowledgement just after central sent it.
  await expect.poll(() => outbox.states()).toEqual({ dead: 1, acked: 2 });
});
