import type {
  BarcodeScanner,
  LineFramingOptions,
} from '@motcua/hardware/barcode-scanner';
import { connectSerialScanner } from '@motcua/hardware/barcode-scanner';
import type {
  DeviceConfig,
  DeviceManager,
  DeviceManagerOptions,
} from '@motcua/hardware/device-manager';
import { createDeviceManager } from '@motcua/hardware/device-manager';
import type { ReceiptPrinter } from '@motcua/hardware/receipt-printer';
import { connectPrinter } from '@motcua/hardware/receipt-printer';
import type { ByteLink, LinkLogger } from '@motcua/hardware/transport';
import type { DeviceHealth } from '@motcua/protocol';
import { connectHidRoleScanner } from './hid-role-scanner';
import type { HidScannerOpener } from './hid-role-scanner';
import { heartbeatState } from './role-health';

export interface ManagedDevicesOptions {
  readonly config: DeviceConfig;
  /** Framing of a serial scanner; the device config has no place for it. */
  readonly framing: LineFramingOptions;
  readonly printerTimeoutMs: number;
  readonly byIdDir?: string;
  readonly logger?: LinkLogger;
  /** For tests: a different reconnect pace, fake HID and so on. */
  readonly manager?: Partial<Omit<DeviceManagerOptions, 'config'>>;
  readonly openHid?: HidScannerOpener;
}

/** The roles the device config names, with the driver behind each. */
export interface ManagedDevices {
  readonly manager: DeviceManager;
  readonly printer?: {
    readonly printer: ReceiptPrinter;
    readonly driver: string;
  };
  readonly scanner?: {
    readonly scanner: BarcodeScanner;
    readonly driver: string;
    health(): DeviceHealth;
  };
  close(): Promise<void>;
}

/**
 * Longest the agent's start waits for a found device to open. A device
 * that takes longer is still used once it opens.
 */
export const FIRST_OPEN_WAIT_MS = 2_000;

/**
 * Starts the device manager and a driver on each configured role. Drivers
 * are attached before the first discovery so that they see the link open.
 * Resolves once each found device has had its first chance to open, so
 * the agent starts with its devices ready when they are plugged in.
 */
export async function openManagedDevices(
  options: ManagedDevicesOptions,
): Promise<ManagedDevices> {
  const { roles } = options.config;
  const manager = createDeviceManager({
    ...options.manager,
    config: options.config,
    ...(options.byIdDir === undefined ? {} : { byIdDir: options.byIdDir }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });

  const printer =
    roles.printer === undefined
      ? undefined
      : {
          printer: connectPrinter({
            link: manager.link('printer'),
            timeoutMs: options.printerTimeoutMs,
          }),
          driver: roles.printer.kind,
        };

  const scannerSpec = roles.scanner;
  const scanner =
    scannerSpec === undefined
      ? undefined
      : {
          scanner:
            scannerSpec.kind === 'serial'
              ? connectSerialScanner({
                  link: manager.link('scanner'),
                  framing: options.framing,
                })
              : connectHidRoleScanner({
                  spec: scannerSpec,
                  manager,
                  ...(options.openHid === undefined
                    ? {}
                    : { open: options.openHid }),
                }),
          driver: scannerSpec.kind,
          health: (): DeviceHealth => ({
            role: 'scanner',
            driver: scannerSpec.kind,
            state: heartbeatState(
              manager.health().find((h) => h.role === 'scanner'),
            ),
          }),
        };

  await manager.start();
  await Promise.all(
    (['printer', 'scanner'] as const).map((role) =>
      firstOpenAttempt(manager.link(role), FIRST_OPEN_WAIT_MS),
    ),
  );

  return {
    manager,
    ...(printer === undefined ? {} : { printer }),
    ...(scanner === undefined ? {} : { scanner }),
    async close() {
      await printer?.printer.close();
      await scanner?.scanner.close();
      await manager.close();
    },
  };
}

/** Resolves when the link is past its first `connecting`, or at `capMs`. */
function firstOpenAttempt(link: ByteLink, capMs: number): Promise<void> {
  if (link.state().state !== 'connecting') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, capMs);
    const stop = link.onState((state) => {
      if (state.state !== 'connecting') done();
    });
  });
}
