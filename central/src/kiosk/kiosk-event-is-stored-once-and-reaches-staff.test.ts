import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { KioskEventView } from '../context';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectStaff,
  getJson,
  nextEvent,
  startTestCentral,
  startWithKiosk,
} from '../testing/harness';
import type { KioskView } from '../views';

let central: TestCentral;
let kiosk: KioskClient;
let staff: Socket;

afterEach(async () => {
  staff.close();
  kiosk.socket.close();
  await central.dispose();
});

it('acks a redelivered event as duplicate and tells staff once', async () => {
  ({ central, kiosk } = await startWithKiosk());
  staff = connectStaff(central.url);
  await nextEvent(staff, 'dashboard.snapshot');
  const seen: KioskEventView[] = [];
  staff.on('kiosk.event', (event: KioskEventView) => seen.push(event));
  const updated = nextEvent<KioskView>(staff, 'kiosk.updated');
  const event = {
    msgId: randomUUID(),
    kind: 'printer.paperOut',
    at: '2026-12-03T02:30:00.000Z',
  };

  const acks = [
    await kiosk.socket.timeout(5_000).emitWithAck('kiosk.event', event),
    await kiosk.socket.timeout(5_000).emitWithAck('kiosk.event', event),
  ];
  const view = await updated;
  const kiosks = await getJson(`${central.url}/api/kiosks`);

  expect(acks).toEqual([
    { ok: true, duplicate: false },
    { ok: true, duplicate: true },
  ]);
  expect(view.health).toEqual({
    printer: { kind: 'printer.paperOut', at: '2026-12-03T02:30:00.000Z' },
  });
  expect(seen).toEqual([
    {
      kioskId: 'KIOSK-DEV-01',
      kind: 'printer.paperOut',
      at: '2026-12-03T02:30:00.000Z',
    },
  ]);
  expect(kiosks.body).toMatchObject({
    kiosks: [{ health: { printer: { kind: 'printer.paperOut' } } }],
  });
});

it('remembers the latest event per subject across a restart', async () => {
  ({ central, kiosk } = await startWithKiosk());
  staff = connectStaff(central.url);
  for (const [kind, at] of [
    ['printer.paperOut', '2026-12-03T02:30:00.000Z'],
    ['printer.ready', '2026-12-03T02:40:00.000Z'],
    ['disk.low', '2026-12-03T02:35:00.000Z'],
  ] as const) {
    await kiosk.socket
      .timeout(5_000)
      .emitWithAck('kiosk.event', { msgId: randomUUID(), kind, at });
  }
  kiosk.socket.close();
  staff.close();
  await central.stop();

  central = await startTestCentral({ dataDir: central.dataDir });
  staff = connectStaff(central.url);
  const { body } = await getJson(`${central.url}/api/kiosks`);

  expect(body).toMatchObject({
    kiosks: [
      {
        health: {
          printer: { kind: 'printer.ready' },
          disk: { kind: 'disk.low' },
        },
      },
    ],
  });
});
