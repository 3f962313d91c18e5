import type {
  ReportingScanner,
  ScanErrorListener,
  ScanListener,
} from '../types';
import { scanError } from '../types';
import { createHidPosAssembler } from './assembler';
import type { HidPosLayout } from './layouts';
import { hidPosLayout } from './layouts';
import { decodeHidPosReport, moreDataFlag } from './report';

/**
 * The part of node-hid's `HIDAsync` the scanner uses. Small on purpose:
 * tests hand in a fake, production an adapter (`openNodeHidTransport`).
 */
export interface HidTransport {
  on(event: 'data', listener: (report: Uint8Array) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): Promise<void>;
}

export interface HidScannerOptions {
  /** The opened device; the scanner owns it and closes it on `close()`. */
  readonly transport: HidTransport;
  readonly layout?: HidPosLayout;
  /** Bytes one code may take over all its reports. */
  readonly maxBytes?: number;
}

/** A scanner in HID POS mode, reading scanned-data input reports. */
export function connectHidScanner(
  options: HidScannerOptions,
): ReportingScanner {
  const layout = options.layout ?? hidPosLayout;
  const assembler = createHidPosAssembler(options.maxBytes);
  const scanListeners = new Set<ScanListener>();
  const errorListeners = new Set<ScanErrorListener>();
  let closed = false;

  const report = (error: ReturnType<typeof scanError>) => {
    if (!closed) errorListeners.forEach((listener) => listener(error));
  };

  // After a bad report inside a code: drop the rest of that code, since
  // what follows would scan as a shorter, wrong code.
  let skipping = false;

  options.transport.on('data', (bytes) => {
    if (closed) return;
    const chunk = decodeHidPosReport(bytes, layout);
    if (!chunk.ok) {
      // Another report of the device (wrong id) does not cut a code.
      if (chunk.error.code !== 'unexpected_report_id') {
        assembler.reset();
        skipping = moreDataFlag(bytes, layout);
      }
      report(chunk.error);
      return;
    }
    if (skipping) {
      skipping = chunk.value.more;
      return;
    }

    const scan = assembler.push(chunk.value);
    if (scan === undefined) return;
    if (scan.ok) scanListeners.forEach((listener) => listener(scan.value));
    else report(scan.error);
  });

  options.transport.on('error', (error) => {
    const halfCode = assembler.reset();
    report(
      scanError(
        'transport_error',
        `${error.message}${halfCode ? ' (a code was cut short)' : ''}`,
      ),
    );
  });

  return {
    onScan(listener) {
      scanListeners.add(listener);
      return () => scanListeners.delete(listener);
    },

    onError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },

    async close() {
      if (closed) return;
      closed = true;
      scanListeners.clear();
      errorListeners.clear();
      await options.transport.close();
    },
  };
}
