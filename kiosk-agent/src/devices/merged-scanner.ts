import type {
  BarcodeScanner,
  ScanListener,
} from '@motcua/hardware/barcode-scanner';

/**
 * One scanner for the agent made of several: a real one and, in simulator
 * mode, the dev panel's. Closing it closes them all.
 */
export function mergeScanners(
  scanners: readonly BarcodeScanner[],
): BarcodeScanner {
  return {
    onScan(listener: ScanListener) {
      const stops = scanners.map((scanner) => scanner.onScan(listener));
      return () => stops.forEach((stop) => stop());
    },
    async close() {
      await Promise.all(scanners.map((scanner) => scanner.close()));
    },
  };
}
