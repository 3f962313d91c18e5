import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { NodeHidLoader } from './node-hid-transport';
import { listHidPosScanners, openNodeHidTransport } from './node-hid-transport';

describe('node-hid adapter', () => {
  it('answers with a Result whether or not node-hid loads here', async () => {
    // No hidraw devices exist in CI; what matters is that nothing throws.
    const listed = await listHidPosScanners();
    const opened = await openNodeHidTransport('/dev/hidraw-motcua-absent');

    if (listed.ok) expect(listed.value).toEqual([]);
    else expect(listed.error.code).toBe('hid_unavailable');
    expect(opened).toMatchObject({ ok: false });
  });

  it('turns a native library that fails to load into hid_unavailable', async () => {
    const broken: NodeHidLoader = () =>
      Promise.reject(new Error('libusb-1.0.so.0: cannot open shared object'));

    expect(await openNodeHidTransport('/dev/hidraw0', broken)).toEqual({
      ok: false,
      error: {
        code: 'hid_unavailable',
        message: 'libusb-1.0.so.0: cannot open shared object',
      },
    });
  });

  it('keeps only HID POS devices when listing', async () => {
    const fake = {
      devicesAsync: async () => [
        { path: '/dev/hidraw0', vendorId: 1, productId: 2, usagePage: 0x8c },
        { path: '/dev/hidraw1', vendorId: 3, productId: 4, usagePage: 0x01 },
      ],
    } as unknown as Awaited<ReturnType<NodeHidLoader>>;

    const listed = await listHidPosScanners(async () => fake);

    expect(listed).toMatchObject({
      ok: true,
      value: [{ path: '/dev/hidraw0', vendorId: 1, productId: 2 }],
    });
  });

  it('hands over the opened device as the transport', async () => {
    const device = Object.assign(new EventEmitter(), {
      close: async () => {},
    });
    const fake = {
      HIDAsync: { open: async () => device },
    } as unknown as Awaited<ReturnType<NodeHidLoader>>;

    const opened = await openNodeHidTransport('/dev/hidraw0', async () => fake);

    expect(opened).toEqual({ ok: true, value: device });
  });
});
