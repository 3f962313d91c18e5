import type { BarcodeScanner, Scan, ScanListener } from './types';

export interface SimulatedScanner extends BarcodeScanner {
  /**
   * Delivers `data` as if it had been scanned. Like a real device, the
   * listeners hear of it later, never inside this call.
   */
  inject(data: string, symbology?: string): void;
}

/** A scanner for tests and the dev panel; each one has its own state. */
export function createSimulatedScanner(): SimulatedScanner {
  const listeners = new Set<ScanListener>();
  let closed = false;

  return {
    onScan(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    inject(data, symbology) {
      if (closed) return;
      const scan: Scan =
        symbology === undefined ? { data } : { data, symbology };
      setImmediate(() => {
        if (closed) return;
        listeners.forEach((listener) => listener(scan));
      });
    },

    close() {
      closed = true;
      listeners.clear();
      return Promise.resolve();
    },
  };
}
