import { afterEach, beforeEach, expect, test } from 'vitest';
import { err } from '@motcua/protocol';
import type { ByteLink, PtyPair } from '../transport';
import {
  openSerialLink,
  readBytes,
  startPtyPair,
  waitForState,
} from '../transport';
import { parseDeviceConfig } from './config';
import type { DeviceManager } from './manager';
import { createDeviceManager } from './manager';
import type { FakeById } from './test-support/fake-by-id';
import { createFakeById, waitForHealth } from './test-support/fake-by-id';

const EPSON = 'usb-EPSON_TM-T88VI_Receipt_58393-if00-port0';
let pair: PtyPair;
let byId: FakeById;
let manager: DeviceManager;
let printer: ByteLink | undefined;

function configure(): DeviceManager {
  const config = parseDeviceConfig({
    roles: {
      printer: { kind: 'serial', match: 'usb-EPSON*', baudRate: 115200 },
      scanner: { kind: 'serial', match: 'usb-Honeywell*' },
    },
  });
  if (!config.ok) throw new Error(config.error.message);
  return createDeviceManager({
    config: config.value,
    byIdDir: byId.dir,
    loadHid: async () => err('no libusb'),
    listPorts: async () => ({ issue: 'spawn udevadm ENOENT' }),
    reconnect: { baseMs: 20, capMs: 100 },
    watchdogMs: 30,
  });
}

beforeEach(async () => {
  pair = await startPtyPair();
  byId = createFakeById();
  byId.add(EPSON, pair.devicePath);
  manager = configure();
});

afterEach(async () => {
  await manager.close();
  await printer?.close();
  await pair.dispose();
  byId.dispose();
});

test('maps the printer by pattern and reports the unmatched scanner missing', async () => {
  const discovery = await manager.start();

  expect(discovery.serial.map((c) => c.name)).toEqual([EPSON]);
  expect(discovery.issues).toEqual(['no libusb', 'spawn udevadm ENOENT']);
  const ready = await waitForHealth(manager, 'printer', 'ready');
  expect(ready.detail).toBe(`serial:${byId.dir}/${EPSON}`);
  expect(manager.health().find((h) => h.role === 'scanner')).toMatchObject({
    state: 'missing',
    detail: 'no serial device matches usb-Honeywell*',
  });
});

test('unplug reports reconnecting and replug ready, with bytes flowing again', async () => {
  await manager.start();
  await waitForHealth(manager, 'printer', 'ready');

  const reconnecting = waitForHealth(manager, 'printer', 'reconnecting');
  await pair.stop();
  const lost = await reconnecting;
  expect(lost.detail).toMatch(/vanished|disconnected|points nowhere/);
  expect(await manager.link('printer').write(Uint8Array.of(1))).toMatchObject({
    ok: false,
    error: { code: 'disconnected' },
  });

  const ready = waitForHealth(manager, 'printer', 'ready');
  await pair.restart();
  await ready;

  printer = openSerialLink({ path: pair.hostPath, baudRate: 115200 });
  await waitForState(printer, 'open');
  const printed = readBytes(printer, 2);
  expect(
    (await manager.link('printer').write(Uint8Array.of(0x1b, 0x40))).ok,
  ).toBe(true);
  expect([...(await printed)]).toEqual([0x1b, 0x40]);
});
