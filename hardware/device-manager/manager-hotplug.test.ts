import { err } from '@motcua/protocol';
import { afterEach, expect, test } from 'vitest';
import type { PtyPair } from '../transport';
import { createFakeScheduler, startPtyPair } from '../transport';
import { createDeviceManager } from './manager';
import type { FakeById } from './test-support/fake-by-id';
import { createFakeById, waitForHealth } from './test-support/fake-by-id';

let pair: PtyPair | undefined;
let byId: FakeById | undefined;
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  await pair?.dispose();
  byId?.dispose();
});

test('a scanner plugged in after start is linked on the next rescan', async () => {
  pair = await startPtyPair();
  byId = createFakeById();
  const scheduler = createFakeScheduler();
  const manager = createDeviceManager({
    config: {
      roles: {
        scanner: { kind: 'serial', match: 'usb-Honeywell_*', baudRate: 9600 },
      },
    },
    byIdDir: byId.dir,
    loadHid: async () => err('no libusb'),
    listPorts: async () => ({ ports: [] }),
    rescanMs: 2_000,
    scheduler,
  });
  close = () => manager.close();

  await manager.start();
  expect(manager.health()).toMatchObject([
    { role: 'scanner', state: 'missing' },
  ]);
  const missingSince = manager.health()[0]?.since;

  byId.add('usb-Honeywell_Xenon_1900-if00', pair.devicePath);
  const ready = waitForHealth(manager, 'scanner', 'ready');
  scheduler.advance(2_000);

  const health = await ready;
  expect(health.detail).toContain('usb-Honeywell_Xenon_1900-if00');
  expect(Date.parse(health.since)).toBeGreaterThanOrEqual(
    Date.parse(missingSince ?? ''),
  );
});

test('a by-id folder that does not exist means no devices, not a crash', async () => {
  const manager = createDeviceManager({
    config: {
      roles: { printer: { kind: 'serial', match: 'usb-*', baudRate: 9600 } },
    },
    byIdDir: '/nonexistent/serial/by-id',
    loadHid: async () => err('no libusb'),
    listPorts: async () => ({ ports: [] }),
    scheduler: createFakeScheduler(),
  });
  close = () => manager.close();

  const discovery = await manager.start();
  expect(discovery.serial).toEqual([]);
  expect(manager.health()).toMatchObject([
    { role: 'printer', state: 'missing' },
  ]);
});
