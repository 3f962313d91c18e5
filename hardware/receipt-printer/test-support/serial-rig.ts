import type { PrinterStatus } from '@motcua/protocol';
import { openSerialLink } from '../../transport';
import type { PtyPair } from '../../transport/test-support';
import { startPtyPair, waitForState } from '../../transport/test-support';
import type { ByteLink } from '../../transport/types';
import { connectPrinter } from '../printer-driver';
import type {
  VirtualPrinter,
  VirtualPrinterJob,
} from '../simulator/virtual-printer';
import { startVirtualPrinter } from '../simulator/virtual-printer';
import type { ReceiptPrinter } from '../types';

/** Quick reconnects so that unplug/replug tests finish in milliseconds. */
export const FAST_LINK = {
  reconnect: { baseMs: 20, capMs: 100 },
  watchdogMs: 50,
} as const;

export interface SerialRig {
  readonly pair: PtyPair;
  readonly virtual: VirtualPrinter;
  /** The driver's side of the pair. */
  readonly link: ByteLink;
  readonly printer: ReceiptPrinter;
  /** Every status the driver published, in order. */
  readonly published: PrinterStatus[];
  /** Resolves once both ends have the pair open again. */
  bothOpen(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A socat pty pair with the virtual printer on one end and the driver on
 * the other, at 115200 baud. Resolves once the driver has enabled ASB
 * and published its first status.
 */
export async function startSerialRig(
  options: { noise?: () => Uint8Array; timeoutMs?: number } = {},
): Promise<SerialRig> {
  const pair = await startPtyPair();
  const virtual = await startVirtualPrinter({
    serialPath: pair.hostPath,
    serialOptions: FAST_LINK,
    ...(options.noise === undefined ? {} : { noise: options.noise }),
  });
  const virtualLink = virtual.link;
  if (virtualLink === undefined) throw new Error('virtual printer not serial');
  await waitForState(virtualLink, 'open');

  const link = openSerialLink({
    path: pair.devicePath,
    baudRate: 115200,
    ...FAST_LINK,
  });
  const printer = connectPrinter({ link, timeoutMs: options.timeoutMs ?? 500 });
  const published: PrinterStatus[] = [];
  const first = new Promise<void>((resolve) => {
    printer.onStatus((status) => {
      published.push(status);
      if (status.state !== 'disconnected') resolve();
    });
  });
  await first;

  return {
    pair,
    virtual,
    link,
    printer,
    published,
    async bothOpen() {
      await waitForState(virtualLink, 'open');
      await waitForState(link, 'open');
    },
    async dispose() {
      await printer.close();
      await virtual.close();
      await pair.dispose();
    },
  };
}

export function nextJob(virtual: VirtualPrinter): Promise<VirtualPrinterJob> {
  return new Promise((resolve) => {
    const stop = virtual.onJob((job) => {
      stop();
      resolve(job);
    });
  });
}

export function nextStatus(
  printer: ReceiptPrinter,
  state: PrinterStatus['state'],
): Promise<PrinterStatus> {
  return new Promise((resolve) => {
    const stop = printer.onStatus((status) => {
      if (status.state !== state) return;
      stop();
      resolve(status);
    });
  });
}
