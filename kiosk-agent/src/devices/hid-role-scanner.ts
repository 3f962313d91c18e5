import type {
  BarcodeScanner,
  HidOpenError,
  HidTransport,
  ReportingScanner,
  ScanListener,
} from '@motcua/hardware/barcode-scanner';
import {
  connectHidScanner,
  listHidPosScanners,
  openNodeHidTransport,
} from '@motcua/hardware/barcode-scanner';
import type {
  DeviceManager,
  HidRoleSpec,
  RoleHealth,
} from '@motcua/hardware/device-manager';
import type { Result } from '@motcua/protocol';
import { err } from '@motcua/protocol';

/** Opens the HID POS interface of the configured scanner. */
export type HidScannerOpener = (
  spec: HidRoleSpec,
) => Promise<Result<HidTransport, HidOpenError>>;

export interface HidRoleScannerOptions {
  readonly spec: HidRoleSpec;
  readonly manager: Pick<DeviceManager, 'health' | 'onHealth'>;
  /** Defaults to node-hid; tests pass a fake device. */
  readonly open?: HidScannerOpener;
  /** Why an open failed, for the technician. */
  readonly onOpenError?: (error: HidOpenError) => void;
}

export const openHidPosScanner: HidScannerOpener = async (spec) => {
  const listed = await listHidPosScanners();
  if (!listed.ok) return listed;
  const device = listed.value.find(
    (d) => d.vendorId === spec.vendorId && d.productId === spec.productId,
  );
  if (device === undefined) {
    return err({
      code: 'open_failed',
      message: 'the scanner has no HID POS interface (usage page 0x8C)',
    });
  }
  return openNodeHidTransport(device.path);
};

/**
 * The manager only sees that a HID scanner is plugged in; this opens it
 * each time the scanner role turns ready, and lets go of it when the
 * device reports an error (usually: unplugged). Listeners stay subscribed
 * across replugs.
 */
export function connectHidRoleScanner(
  options: HidRoleScannerOptions,
): BarcodeScanner {
  const open = options.open ?? openHidPosScanner;
  const listeners = new Set<ScanListener>();
  let current: ReportingScanner | undefined;
  let opening = false;
  let closed = false;

  const release = (scanner: ReportingScanner): void => {
    if (current !== scanner) return;
    current = undefined;
    void scanner.close();
  };

  const attach = async (): Promise<void> => {
    if (current !== undefined || opening || closed) return;
    opening = true;
    const transport = await open(options.spec);
    opening = false;
    if (!transport.ok) {
      options.onOpenError?.(transport.error);
      return;
    }
    if (closed) {
      await transport.value.close();
      return;
    }

    const scanner = connectHidScanner({ transport: transport.value });
    current = scanner;
    scanner.onScan((scan) => listeners.forEach((listener) => listener(scan)));
    scanner.onError((error) => {
      if (error.code === 'transport_error') release(scanner);
    });
  };

  const consider = (health: RoleHealth | undefined): void => {
    if (health?.role === 'scanner' && health.state === 'ready') void attach();
  };

  const stopHealth = options.manager.onHealth(consider);
  consider(options.manager.health().find((h) => h.role === 'scanner'));

  return {
    onScan(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      stopHealth();
      listeners.clear();
      await current?.close();
      current = undefined;
    },
  };
}
