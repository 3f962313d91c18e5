import type { KioskEventKind, PrinterState } from '@motcua/protocol';

/**
 * Which printer changes central must hear about for sure (through the
 * outbox), as opposed to the next heartbeat.
 */
export function printerEvent(
  from: PrinterState,
  to: PrinterState,
): KioskEventKind | undefined {
  if (from === to) return undefined;
  switch (to) {
    case 'paperNearEnd':
      return 'printer.paperNearEnd';
    case 'paperOut':
      return 'printer.paperOut';
    case 'coverOpen':
      return 'printer.coverOpen';
    case 'error':
      return 'printer.error';
    case 'disconnected':
      return 'device.lost';
    case 'ready':
      return from === 'disconnected' ? 'device.back' : 'printer.ready';
    default: {
      const unhandled: never = to;
      return unhandled;
    }
  }
}

/** Below this much free space the kiosk reports its disk nearly full. */
export const DISK_LOW_BYTES = 1024 * 1024 * 1024;

export function diskEvent(
  wasLow: boolean,
  freeBytes: number,
): { low: boolean; event?: KioskEventKind } {
  const low = freeBytes < DISK_LOW_BYTES;
  if (low === wasLow) return { low };
  return { low, event: low ? 'disk.low' : 'disk.ok' };
}
