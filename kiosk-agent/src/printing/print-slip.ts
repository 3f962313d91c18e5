import type {
  PrinterProfile,
  ReceiptPrinter,
  SlipLayout,
} from '@motcua/hardware/receipt-printer';
import { encodeSlip } from '@motcua/hardware/receipt-printer';
import type { PrintOutcome } from '@motcua/protocol';

/** Prints one slip and says how it went, in the words the app shows. */
export async function printSlip(
  printer: ReceiptPrinter,
  profile: PrinterProfile,
  layout: SlipLayout,
): Promise<PrintOutcome> {
  const result = await printer.print(encodeSlip(layout, profile));
  if (result.ok) return 'printed';

  switch (result.error.code) {
    case 'paperOut':
      return 'paperOut';
    case 'coverOpen':
      return 'coverOpen';
    case 'offline':
    case 'timeout':
    case 'disconnected':
    case 'error':
      return 'printerUnavailable';
    default: {
      const unhandled: never = result.error.code;
      return unhandled;
    }
  }
}
