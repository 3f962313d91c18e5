import { expect, test } from 'vitest';
import { listSerialPorts } from './discovery';
import { loadNodeHid } from './hid';

// Runs against the real native modules: proves loading and listing never
// throw, whatever this machine lacks (libusb, hidraw, udevadm).

test('loading node-hid resolves to an enumerator or a reason', async () => {
  const loaded = await loadNodeHid();
  if (!loaded.ok) {
    expect(loaded.error).toMatch(/^node-hid did not load/);
    return;
  }
  // Without /dev/hidraw* (this container) the list is empty; on a kiosk
  // it holds the scanner.
  expect(Array.isArray(await loaded.value.devices())).toBe(true);
});

test('serialport listing resolves even where udevadm is missing', async () => {
  const listed = await listSerialPorts();
  expect('ports' in listed || 'issue' in listed).toBe(true);
});
