import type { BarcodeScanner } from '@motcua/hardware/barcode-scanner';
import { createSimulatedScanner } from '@motcua/hardware/barcode-scanner';
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
import type { AgentConfig } from './config';

export interface Devices {
  readonly printer: ReceiptPrinter;
  readonly printerDriver: string;
  readonly profile: PrinterProfile;
  readonly scanner: BarcodeScanner;
  /** Present in simulator mode only. */
  readonly virtualPrinter?: VirtualPrinter;
  readonly simulatedScanner?: ReturnType<typeof createSimulatedScanner>;
  close(): Promise<void>;
}

/** How long the printer has to answer one status request. */
export const PRINTER_TIMEOUT_MS = 2_000;

/**
 * Opens the kiosk's devices. In simulator mode the printer is a virtual
 * ESC/POS printer on loopback TCP, reached through the real network driver,
 * so the bytes on the wire are exactly those a real printer would get.
 */
export async function openDevices(config: AgentConfig): Promise<Devices> {
  const profile: PrinterProfile | undefined = Object.hasOwn(
    PROFILES,
    config.printerProfile,
  )
    ? PROFILES[config.printerProfile as keyof typeof PROFILES]
    : undefined;
  if (profile === undefined) {
    throw new Error(`unknown printer profile ${config.printerProfile}`);
  }

  if (config.printer.kind === 'network') {
    // TODO(hardware): serial printers and barcode scanners go through the
    // device manager; until then a production kiosk has no scanner.
    const printer = connectNetworkPrinter({
      host: config.printer.host,
      port: config.printer.port,
      timeoutMs: PRINTER_TIMEOUT_MS,
    });
    const scanner = createSimulatedScanner();
    return {
      printer,
      printerDriver: 'network',
      profile,
      scanner,
      async close() {
        await printer.close();
        await scanner.close();
      },
    };
  }

  const virtualPrinter = await startVirtualPrinter({
    port: config.printer.port,
  });
  const printer = connectNetworkPrinter({
    host: '127.0.0.1',
    port: virtualPrinter.port,
    timeoutMs: PRINTER_TIMEOUT_MS,
  });
  const simulatedScanner = createSimulatedScanner();
  return {
    printer,
    printerDriver: 'simulated',
    profile,
    scanner: simulatedScanner,
    virtualPrinter,
    simulatedScanner,
    async close() {
      await printer.close();
      await simulatedScanner.close();
      await virtualPrinter.close();
    },
  };
}
