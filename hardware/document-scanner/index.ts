export type {
  BlankPageOptions,
  BlankPageVerdict,
  GrayImage,
} from './blank-page';
export {
  defaultBlankPageOptions,
  detectBlankPage,
  rgbaToGray,
} from './blank-page';
export {
  decodeToGray,
  PREVIEW_WIDTH_PX,
  previewDataUrl,
  toScannedPage,
} from './page-image';
export { maxPagesLimit, validateScanRequest } from './request';
export type { SaneScannerOptions } from './sane-scanner';
export { createSaneScanner, saneScannerDelays } from './sane-scanner';
export type { SheetContent } from './simulator-pages';
export type {
  SimulatedFault,
  SimulatedScanner,
  SimulatedSheet,
  SimulatorOptions,
} from './simulator';
export {
  createSimulatedScanner,
  defaultSimulatedDevice,
  simulatedScanDelays,
} from './simulator';
export type {
  DocumentScanner,
  PageSize,
  PlainScanErrorCode,
  ScanError,
  ScanErrorCode,
  ScanMode,
  ScanRequest,
  ScanSource,
  ScannedPage,
  ScannerDevice,
} from './types';
export {
  invalidRequest,
  pageSizesMm,
  resolutionRange,
  scanError,
  scanModes,
  scanSources,
} from './types';
