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

/**
 * Why bytes from a scanner did not become a scan. Expected on a real line
 * (noise, a half-sent frame, a misconfigured device), so never thrown.
 */
export type ScanErrorCode =
  /** More bytes than `maxFrameBytes` before the end of the frame. */
  | 'frame_too_long'
  /** The inter-byte timeout ended a frame that never got its suffix. */
  | 'incomplete_frame'
  /** The link went down with part of a frame received. */
  | 'frame_interrupted'
  /** The configured prefix was not at the start of the frame. */
  | 'missing_prefix'
  /** The frame is not valid UTF-8. */
  | 'invalid_utf8'
  /** NUL or another control character that no barcode carries. */
  | 'control_characters'
  /** A HID report shorter than its layout. */
  | 'truncated_report'
  /** A HID report whose id is not the scanned-data report. */
  | 'unexpected_report_id'
  /** A HID report whose length byte points past its data area. */
  | 'length_out_of_range'
  /** A HID report whose symbology bytes are not an AIM identifier. */
  | 'invalid_symbology'
  /** The HID device reported an error (often: it was unplugged). */
  | 'transport_error';

/**
 * A coded scanner error. `message` names sizes and offsets only: a barcode
 * can carry personal data (the CCCD QR does), so no payload is quoted.
 */
export interface ScanError {
  readonly code: ScanErrorCode;
  readonly message: string;
}

export type ScanErrorListener = (error: ScanError) => void;

/** A scanner that also reports what it had to throw away, and why. */
export interface ReportingScanner extends BarcodeScanner {
  onError(listener: ScanErrorListener): () => void;
}

export function scanError(code: ScanErrorCode, message: string): ScanError {
  return { code, message };
}
