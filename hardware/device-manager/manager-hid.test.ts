import { err, ok } from '@motcua/protocol';
import { expect, test } from 'vitest';
import { createFakeScheduler } from '../transport';
import type { HidDeviceInfo } from './hid';
import { createDeviceManager } from './manager';
import { createFakeById } from './test-support/fake-by-id';

const scannerRole = {
  kind: 'hid',
  vendorId: 0x0c2e,
  productId: 0x0b61,
} as const;

function managerWith(
  hid: Parameters<typeof createDeviceManager>[0]['loadHid'],
) {
  return createDeviceManager({
    config: { roles: { scanner: scannerRole } },
    byIdDir: '/nonexistent',
    loadHid: hid,
    listPorts: async () => ({ ports: [] }),
    scheduler: createFakeScheduler(),
  });
}

test('an enumerated HID scanner is ready', async () => {
  const devices: HidDeviceInfo[] = [
    {
      vendorId: 0x0c2e,
      productId: 0x0b61,
      path: '/dev/hidraw3',
      usagePage: 0x8c,
    },
  ];
  const manager = managerWith(async () => ok({ devices: async () => devices }));

  const discovery = await manager.start();
  expect(discovery.hid).toEqual(devices);
  expect(manager.health()).toMatchObject([
    {
      role: 'scanner',
      state: 'ready',
      detail: 'HID 0c2e:0b61 at /dev/hidraw3',
    },
  ]);
  await manager.close();
});

test('node-hid failing to load is a health error for the HID role', async () => {
  const manager = managerWith(async () => err('node-hid did not load: libusb'));

  const discovery = await manager.start();
  expect(discovery.issues).toContain('node-hid did not load: libusb');
  expect(manager.health()).toMatchObject([
    {
      role: 'scanner',
      state: 'error',
      detail: 'node-hid did not load: libusb',
    },
  ]);
  await manager.close();
});

test('two devices matching one pattern is an error naming both', async () => {
  const byId = createFakeById();
  byId.add('usb-EPSON_A-if00-port0', '/dev/null');
  byId.add('usb-EPSON_B-if00-port0', '/dev/null');
  const manager = createDeviceManager({
    config: {
      roles: {
        printer: { kind: 'serial', match: 'usb-EPSON*', baudRate: 9600 },
      },
    },
    byIdDir: byId.dir,
    loadHid: async () => err('no libusb'),
    listPorts: async () => ({ ports: [] }),
    scheduler: createFakeScheduler(),
  });

  await manager.start();
  const [printer] = manager.health();
  expect(printer?.state).toBe('error');
  expect(printer?.detail).toContain(
    'usb-EPSON_A-if00-port0, usb-EPSON_B-if00-port0',
  );
  await manager.close();
  byId.dispose();
});
