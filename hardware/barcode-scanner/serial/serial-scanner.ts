import type { ByteLink } from '../../transport/types';
import type { Scheduler } from '../scheduler';
import type {
  ReportingScanner,
  ScanErrorListener,
  ScanListener,
} from '../types';
import type { LineFramingOptions } from './line-framer';
import { createLineFramer } from './line-framer';

export interface SerialScannerOptions {
  /** The scanner's port; the scanner owns it and closes it on `close()`. */
  readonly link: ByteLink;
  readonly framing: LineFramingOptions;
  /** For tests: drives the inter-byte timeout. */
  readonly scheduler?: Scheduler;
}

/**
 * A scanner in USB-COM or RS-232 mode. Reconnecting is the link's job; the
 * scanner only drops a frame the link cut in half, and carries on.
 */
export function connectSerialScanner(
  options: SerialScannerOptions,
): ReportingScanner {
  const scanListeners = new Set<ScanListener>();
  const errorListeners = new Set<ScanErrorListener>();
  let closed = false;

  const framer = createLineFramer(
    { ...options.framing, scheduler: options.scheduler },
    (result) => {
      if (closed) return;
      if (result.ok) {
        scanListeners.forEach((listener) => listener(result.value));
      } else {
        errorListeners.forEach((listener) => listener(result.error));
      }
    },
  );

  const stopData = options.link.onData((chunk) => framer.push(chunk));
  const stopState = options.link.onState((state) => {
    if (state.state !== 'open') framer.interrupt();
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
      stopData();
      stopState();
      framer.dispose();
      scanListeners.clear();
      errorListeners.clear();
      await options.link.close();
    },
  };
}
