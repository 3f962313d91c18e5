import { openTcpLink } from '../transport';
import { connectPrinter, PRINTER_DEFAULTS } from './printer-driver';
import type { ReceiptPrinter } from './types';

export interface NetworkPrinterOptions {
  readonly host: string;
  /** Raw TCP printing port; 9100 unless the printer is set otherwise. */
  readonly port?: number;
  /** For each connect and each status reply. */
  readonly timeoutMs?: number;
  /** `GS a` mask sent on connect; 0 leaves Automatic Status Back off. */
  readonly asbMask?: number;
  readonly now?: () => Date;
}

export const NETWORK_PRINTER_DEFAULTS = {
  port: 9100,
  timeoutMs: PRINTER_DEFAULTS.timeoutMs,
};

/**
 * A receipt printer on raw TCP: the link driver over a TCP link that
 * reconnects by itself with backoff.
 */
export function connectNetworkPrinter(
  options: NetworkPrinterOptions,
): ReceiptPrinter {
  const timeoutMs = options.timeoutMs ?? NETWORK_PRINTER_DEFAULTS.timeoutMs;
  const link = openTcpLink({
    host: options.host,
    port: options.port ?? NETWORK_PRINTER_DEFAULTS.port,
    connectTimeoutMs: timeoutMs,
  });
  return connectPrinter({
    link,
    timeoutMs,
    ...(options.asbMask === undefined ? {} : { asbMask: options.asbMask }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
