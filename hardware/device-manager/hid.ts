import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';

/** What the manager needs to know about one HID device. */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  readonly path?: string;
  readonly product?: string;
  readonly usagePage?: number;
}

/** The slice of node-hid the manager uses, so tests can stand in for it. */
export interface HidEnumerator {
  devices(): Promise<readonly HidDeviceInfo[]>;
}

/**
 * Loads node-hid. Its native part needs libusb and hidraw; where they are
 * missing the import fails, and that is reported, not thrown: the kiosk
 * still runs with a serial scanner.
 */
export async function loadNodeHid(): Promise<Result<HidEnumerator, string>> {
  try {
    const hid = await import('node-hid');
    return ok({
      devices: async () =>
        (await hid.devicesAsync()).map((device) => ({
          vendorId: device.vendorId,
          productId: device.productId,
          path: device.path,
          product: device.product,
          usagePage: device.usagePage,
        })),
    });
  } catch (error) {
    return err(`node-hid did not load: ${(error as Error).message}`);
  }
}
