import type { PrinterStatus, Result } from '@motcua/protocol';

/** Why a printer command did not complete. Expected, so never thrown. */
export type PrinterErrorCode =
  'paperOut' | 'coverOpen' | 'offline' | 'timeout' | 'disconnected' | 'error';

export interface PrinterError {
  readonly code: PrinterErrorCode;
  readonly message: string;
}

export type PrinterStatusListener = (status: PrinterStatus) => void;

/** One receipt printer, whatever the transport behind it. */
export interface ReceiptPrinter {
  /** Sends one complete ESC/POS job, after checking the printer can take it. */
  print(job: Uint8Array): Promise<Result<void, PrinterError>>;
  /** Asks the printer for its current state. */
  status(): Promise<Result<PrinterStatus, PrinterError>>;
  /** Called whenever the state seen by the driver changes. */
  onStatus(listener: PrinterStatusListener): () => void;
  close(): Promise<void>;
}

export function printerError(
  code: PrinterErrorCode,
  message: string,
): PrinterError {
  return { code, message };
}
