import type { BarcodeScanner } from '@motcua/hardware/barcode-scanner';
import { createSimulatedScanner } from '@motcua/hardware/barcode-scanner';
import type {
  DocumentScanner,
  ScanRequest,
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
import type { ProtocolError, Result } from '@motcua/protocol';
import { err, ok, protocolError } from '@motcua/protocol';
import type { AgentConfig } from './config';

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

function profileOf(id: string): PrinterProfile {
  const profile: PrinterProfile | undefined = Object.hasOwn(PROFILES, id)
    ? PROFILES[id as keyof typeof PROFILES]
    : undefined;
  if (profile === undefined) throw new Error(`unknown printer profile ${id}`);
  return profile;
}

/**
 * Opens the kiosk's devices. Without a printer address the printer is a
 * virtual ESC/POS printer on loopback TCP, reached through the real network
 * driver, so the bytes on the wire are exactly those a real printer gets.
 * In simulator mode the scanners are simulated too.
 */
export async function openDevices(config: AgentConfig): Promise<Devices> {
  const profile = profileOf(config.printerProfile);

  const virtualPrinter =
    config.printer.kind === 'simulated'
      ? await startVirtualPrinter({ port: config.printer.port })
      : undefined;
  const printer = connectNetworkPrinter({
    host: config.printer.kind === 'network' ? config.printer.host : '127.0.0.1',
    port:
      config.printer.kind === 'network'
        ? config.printer.port
        : (virtualPrinter?.port ?? 0),
    timeoutMs: PRINTER_TIMEOUT_MS,
  });

  // TODO(hardware): serial and HID barcode scanners through the device
  // manager; until then a kiosk outside simulator mode reads no codes.
  const simulatedScanner = createSimulatedScanner();
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
          // The resident lays a page on the glass.
          return () => {
            simulatedDocuments.placeOnGlass('text');
            return scan();
          };
        })();

  return {
    printer,
    printerDriver: virtualPrinter === undefined ? 'network' : 'simulated',
    profile,
    scanner: simulatedScanner,
    documentDriver: simulatedDocuments === undefined ? 'sane' : 'simulated',
    scanDocument,
    ...(virtualPrinter === undefined ? {} : { virtualPrinter }),
    ...(config.simulator ? { simulatedScanner } : {}),
    ...(simulatedDocuments === undefined ? {} : { simulatedDocuments }),
    async close() {
      await printer.close();
      await simulatedScanner.close();
      await virtualPrinter?.close();
    },
  };
}
