import type * as NodeHidModule from 'node-hid';
import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { HidTransport } from './hid-scanner';

type NodeHid = typeof NodeHidModule;

export type HidOpenErrorCode =
  /** node-hid or its native library would not load on this machine. */
  | 'hid_unavailable'
  /** Enumerating devices failed. */
  | 'list_failed'
  /** The device is absent, busy or not permitted (udev rule missing). */
  | 'open_failed';

export interface HidOpenError {
  readonly code: HidOpenErrorCode;
  readonly message: string;
}

export interface HidPosDeviceInfo {
  readonly path: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly product?: string;
  readonly serialNumber?: string;
}

/** HID POS usage page; only hidraw reports it (reference/hardware.md §3). */
export const HID_POS_USAGE_PAGE = 0x8c;

/**
 * Loads node-hid on first use, never at import: its native part may be
 * missing (no libusb yet), and that must cost a coded error, not the
 * agent's start-up.
 */
export type NodeHidLoader = () => Promise<NodeHid>;

const loadNodeHid: NodeHidLoader = async () => {
  const loaded = (await import('node-hid')) as NodeHid & { default?: NodeHid };
  return loaded.default ?? loaded;
};

async function load(
  loader: NodeHidLoader,
): Promise<Result<NodeHid, HidOpenError>> {
  try {
    return ok(await loader());
  } catch (error) {
    return err({ code: 'hid_unavailable', message: describe(error) });
  }
}

/** Scanners in HID POS mode that this process can see. */
export async function listHidPosScanners(
  loader: NodeHidLoader = loadNodeHid,
): Promise<Result<HidPosDeviceInfo[], HidOpenError>> {
  const hid = await load(loader);
  if (!hid.ok) return hid;

  try {
    const devices = await hid.value.devicesAsync();
    return ok(
      devices.flatMap((d) =>
        d.usagePage === HID_POS_USAGE_PAGE && d.path !== undefined
          ? [
              {
                path: d.path,
                vendorId: d.vendorId,
                productId: d.productId,
                product: d.product,
                serialNumber: d.serialNumber,
              },
            ]
          : [],
      ),
    );
  } catch (error) {
    return err({ code: 'list_failed', message: describe(error) });
  }
}

/** Opens one device by its hidraw path, ready for `connectHidScanner`. */
export async function openNodeHidTransport(
  path: string,
  loader: NodeHidLoader = loadNodeHid,
): Promise<Result<HidTransport, HidOpenError>> {
  const hid = await load(loader);
  if (!hid.ok) return hid;

  try {
    // HIDAsync is an EventEmitter whose 'data' carries a Buffer, which is a
    // Uint8Array: it already has the shape of HidTransport.
    const device: HidTransport = await hid.value.HIDAsync.open(path);
    return ok(device);
  } catch (error) {
    return err({ code: 'open_failed', message: describe(error) });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
