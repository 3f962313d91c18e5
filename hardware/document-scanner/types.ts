import type { Result } from '@motcua/protocol';

/** One scanner as SANE names it, e.g. `fujitsu:fi-7160:12345`. */
export interface ScannerDevice {
  readonly name: string;
  readonly vendor: string;
  readonly model: string;
  readonly type: string;
}

export type ScanMode = 'color' | 'gray' | 'lineart';
export type ScanSource = 'flatbed' | 'adf' | 'adfDuplex';
export type PageSize = 'A4';

export const scanModes: readonly ScanMode[] = ['color', 'gray', 'lineart'];
export const scanSources: readonly ScanSource[] = [
  'flatbed',
  'adf',
  'adfDuplex',
];

/** Page sizes in millimetres, portrait. */
export const pageSizesMm: Readonly<
  Record<PageSize, { width: number; height: number }>
> = {
  A4: { width: 210, height: 297 },
};

/** Dossier attachments must stay legible yet small: 200 to 300 dpi. */
export const resolutionRange = { min: 200, max: 300 } as const;

export interface ScanRequest {
  /** A `ScannerDevice.name` from `list()`. */
  readonly device: string;
  /** Whole dots per inch within `resolutionRange`. */
  readonly resolution: number;
  readonly mode: ScanMode;
  readonly source: ScanSource;
  readonly pageSize: PageSize;
  /** Stop the feeder after this many sheet sides; unset means until empty. */
  readonly maxPages?: number;
}

export interface ScannedPage {
  /** The page as PNG. */
  readonly image: Buffer;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly dpi: number;
  /** True when `inkRatio` is below the blank threshold. */
  readonly blank: boolean;
  /** Share of the page (margins excluded) covered by dark pixels, 0..1. */
  readonly inkRatio: number;
}

/**
 * Why a scan or a listing did not complete. Every one of these will happen
 * at a kiosk, so they travel as values; only bugs throw.
 */
/** Failures that need no more than a message to explain. */
export type PlainScanErrorCode =
  'noDevice' | 'busy' | 'jammed' | 'noPaper' | 'coverOpen' | 'timeout';

export type ScanError =
  | { readonly code: PlainScanErrorCode; readonly message: string }
  | {
      readonly code: 'invalidRequest';
      readonly message: string;
      /** The request field or scanner option that was refused. */
      readonly option: string;
    }
  | {
      readonly code: 'failed';
      readonly message: string;
      readonly exitCode: number | null;
      /** The last lines of scanimage's stderr, bounded in length. */
      readonly detail: string;
    };

export type ScanErrorCode = ScanError['code'];

export interface DocumentScanner {
  list(): Promise<Result<ScannerDevice[], ScanError>>;
  /** Scans every page the source yields, in order (front, back, ...). */
  scan(request: ScanRequest): Promise<Result<ScannedPage[], ScanError>>;
}

export function scanError(
  code: PlainScanErrorCode,
  message: string,
): ScanError {
  return { code, message };
}

export function invalidRequest(option: string, message: string): ScanError {
  return { code: 'invalidRequest', option, message };
}
