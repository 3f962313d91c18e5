/** One decoded code as the scanner delivers it. */
export interface Scan {
  readonly data: string;
  /** AIM symbology identifier (`]Q1` for QR) when the scanner sends one. */
  readonly symbology?: string;
}

export type ScanListener = (scan: Scan) => void;

/** A barcode scanner, whatever the transport behind it. */
export interface BarcodeScanner {
  onScan(listener: ScanListener): () => void;
  close(): Promise<void>;
}
