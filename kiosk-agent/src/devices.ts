import type { BarcodeScanner } from '@motcua/hardware/barcode-scanner';
import { createSimulatedScanner } from '@motcua/hardware/barcode-scanner';
import type {
  DocumentScanner,
  ScanRequest,
  SheetContent,
  SimulatedScanner as SimulatedDocumentScanner,
} from '@motcua/hardware/document-scanner';
import {
  createSaneScanner,
  createSimulatedScanner as createSimulatedDocumentScanner,
  defaultSimulatedDevice,
} from '@motcua/hardware/document-scanner';
import type {
  PrinterProfile,
  ReceiptPrinter,
  VirtualPrinter,
} from '@motcua/hardware/receipt-printer';
import {
  connectNetworkPrinter,
  PROFILES,
  startVirtualPrinter,
} from '@motcua/hardware/receipt-printer';
import type { LinkLogger } from '@motcua/hardware/transport';
import type { DeviceHealth, ProtocolError, Result } from '@motcua/protocol';
import { err, ok, protocolError } from '@motcua/protocol';
import type { AgentConfig } from './config';
import { readDeviceConfigFile } from './devices/device-config-file';
import type { ManagedDevices } from './devices/managed-devices';
import { openManagedDevices } from './devices/managed-devices';
import { mergeScanners } from './devices/merged-scanner';
import { scannerFraming } from './devices/scanner-framing';

export interface ScannedDocument {
  readonly bytes: Buffer;
  readonly pages: number;
  readonly blank: boolean;
}

export interface Devices {
  readonly printer: ReceiptPrinter;
  readonly printerDriver: string;
  readonly profile: PrinterProfile;
  readonly scanner: BarcodeScanner;
  readonly documentDriver: string;
  scanDocument(): Promise<Result<ScannedDocument, ProtocolError>>;
  /**
   * Health of the devices the agent does not poll itself, for the
   * heartbeat: today the barcode scanner. The printer's state comes from
   * `printer.status()`.
   */
  deviceHealth(): DeviceHealth[];
  /** Present in simulator mode only. */
  readonly virtualPrinter?: VirtualPrinter;
  readonly simulatedScanner?: ReturnType<typeof createSimulatedScanner>;
  readonly simulatedDocuments?: SimulatedDocumentScanner;
  close(): Promise<void>;
}

/** How long the printer has to answer one status request. */
export const PRINTER_TIMEOUT_MS = 2_000;

/** A4 in gray at 200 dpi: readable, and small enough to send. */
const SCAN: Omit<ScanRequest, 'device'> = {
  resolution: 200,
  mode: 'gray',
  source: 'flatbed',
  pageSize: 'A4',
};

/** `MOTCUA_SCAN_DPI` (200–300) and `MOTCUA_SCAN_MODE` override the default. */
function scanSettings(): Omit<ScanRequest, 'device'> {
  const dpi = Number(process.env['MOTCUA_SCAN_DPI'] ?? SCAN.resolution);
  const mode = process.env['MOTCUA_SCAN_MODE'];
  return {
    ...SCAN,
    resolution: dpi >= 200 && dpi <= 300 ? dpi : SCAN.resolution,
    mode: mode === 'color' || mode === 'lineart' ? mode : SCAN.mode,
  };
}

function scanWith(
  scanner: DocumentScanner,
  device: string | undefined,
): () => Promise<Result<ScannedDocument, ProtocolError>> {
  const settings = scanSettings();
  return async () => {
    if (device === undefined) {
      return err(
        protocolError('scan.noDevice', 'No document scanner is configured'),
      );
    }
    const result = await scanner.scan({ ...settings, device });
    if (!result.ok) {
      return err(
        protocolError(`scan.${result.error.code}`, result.error.message),
      );
    }
    const [first] = result.value;
    if (first === undefined) {
      return err(protocolError('scan.noPaper', 'Nothing was scanned'));
    }
    return ok({
      bytes: first.image,
      pages: result.value.length,
      blank: result.value.every((page) => page.blank),
    });
  };
}

/** `text,blank` → the pages successive simulated scans find on the glass. */
function simulatedGlass(setting: string | undefined): SheetContent[] {
  const pages = (setting ?? '')
    .split(',')
    .map((page) => page.trim())
    .filter(
      (page): page is SheetContent => page === 'text' || page === 'blank',
    );
  return pages.length === 0 ? ['text'] : pages;
}

function profileOf(id: string): PrinterProfile {
  const profile: PrinterProfile | undefined = Object.hasOwn(PROFILES, id)
    ? PROFILES[id as keyof typeof PROFILES]
    : undefined;
  if (profile === undefined) throw new Error(`unknown printer profile ${id}`);
  return profile;
}

export interface OpenDevicesOptions {
  /** Hears link and device-health events of the device manager. */
  readonly logger?: LinkLogger;
}

/**
 * The device manager over `MOTCUA_DEVICES`, or nothing without that file.
 * A bad file or setting stops the agent's start: the technician must see
 * it at once, not find a kiosk that silently reads no codes.
 */
async function openFromDeviceConfig(
  config: AgentConfig,
  options: OpenDevicesOptions,
): Promise<ManagedDevices | undefined> {
  if (config.devicesFile === undefined) return undefined;

  const deviceConfig = readDeviceConfigFile(config.devicesFile);
  if (!deviceConfig.ok) throw new Error(deviceConfig.error.message);
  const framing = scannerFraming(config.scannerSuffix);
  if (!framing.ok) throw new Error(framing.error.message);

  return openManagedDevices({
    config: deviceConfig.value,
    framing: framing.value,
    printerTimeoutMs: PRINTER_TIMEOUT_MS,
    ...(config.devicesByIdDir === undefined
      ? {}
      : { byIdDir: config.devicesByIdDir }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
}

/**
 * Opens the kiosk's devices. Roles named in `MOTCUA_DEVICES` go through
 * the device manager. Otherwise, without a printer address the printer is
 * a virtual ESC/POS printer on loopback TCP, reached through the real
 * network driver, so the bytes on the wire are exactly those a real
 * printer gets. In simulator mode the scanners are simulated too.
 */
export async function openDevices(
  config: AgentConfig,
  options: OpenDevicesOptions = {},
): Promise<Devices> {
  const profile = profileOf(config.printerProfile);
  const managed = await openFromDeviceConfig(config, options);

  const virtualPrinter =
    managed?.printer === undefined && config.printer.kind === 'simulated'
      ? await startVirtualPrinter({ port: config.printer.port })
      : undefined;
  const printer =
    managed?.printer?.printer ??
    connectNetworkPrinter({
      host:
        config.printer.kind === 'network' ? config.printer.host : '127.0.0.1',
      port:
        config.printer.kind === 'network'
          ? config.printer.port
          : (virtualPrinter?.port ?? 0),
      timeoutMs: PRINTER_TIMEOUT_MS,
    });
  const printerDriver =
    managed?.printer?.driver ??
    (virtualPrinter === undefined ? 'network' : 'simulated');

  // The dev panel's scanner stays usable in simulator mode next to a real
  // one; outside it, a kiosk without a scanner role reads no codes.
  const simulatedScanner = createSimulatedScanner();
  const realScanner = managed?.scanner;
  const scanner =
    realScanner === undefined
      ? simulatedScanner
      : mergeScanners([realScanner.scanner, simulatedScanner]);
  const simulatedDocuments = config.simulator
    ? createSimulatedDocumentScanner(
        process.env['MOTCUA_SIM_FAST'] === '1'
          ? { delay: () => Promise.resolve() }
          : {},
      )
    : undefined;
  const scanDocument =
    simulatedDocuments === undefined
      ? scanWith(createSaneScanner(), process.env['MOTCUA_SCANNER_DEVICE'])
      : (() => {
          const scan = scanWith(
            simulatedDocuments,
            defaultSimulatedDevice.name,
          );
          // The resident lays a page on the glass: by default a printed
          // one; `MOTCUA_SIM_GLASS` (e.g. `text,blank`) gives the pages of
          // successive scans in turn, so tests can reach the blank warning.
          const glass = simulatedGlass(process.env['MOTCUA_SIM_GLASS']);
          let scans = 0;
          return () => {
            simulatedDocuments.placeOnGlass(
              glass[scans % glass.length] ?? 'text',
            );
            scans += 1;
            return scan();
          };
        })();

  return {
    printer,
    printerDriver,
    profile,
    scanner,
    documentDriver: simulatedDocuments === undefined ? 'sane' : 'simulated',
    scanDocument,
    deviceHealth: () => [
      realScanner?.health() ?? {
        role: 'scanner',
        driver: 'simulated',
        state: 'ready',
      },
    ],
    ...(virtualPrinter === undefined ? {} : { virtualPrinter }),
    ...(config.simulator ? { simulatedScanner } : {}),
    ...(simulatedDocuments === undefined ? {} : { simulatedDocuments }),
    async close() {
      await printer.close();
      await scanner.close();
      await virtualPrinter?.close();
      await managed?.close();
    },
  };
}
