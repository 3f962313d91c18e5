export type { SimulatedScanner } from './simulator';
export { createSimulatedScanner } from './simulator';
export type {
  BarcodeScanner,
  ReportingScanner,
  Scan,
  ScanError,
  ScanErrorCode,
  ScanErrorListener,
  ScanListener,
} from './types';
export { scanError } from './types';
export type { ManualScheduler, Scheduler } from './scheduler';
export { createManualScheduler, globalScheduler } from './scheduler';
export { decodeScanText, splitAimIdentifier } from './text';

export type {
  FrameResult,
  FrameSuffix,
  LineFramer,
  LineFramingOptions,
} from './serial/line-framer';
export { createLineFramer, lineFramingDefaults } from './serial/line-framer';
export type { SerialScannerOptions } from './serial/serial-scanner';
export { connectSerialScanner } from './serial/serial-scanner';

export type { HidPosLayout, HidPosLayoutName } from './hid/layouts';
export {
  hidPosLayout,
  hidPosLayouts,
  hidPosUnnumberedLayout,
} from './hid/layouts';
export type { HidPosChunk } from './hid/report';
export { decodeHidPosReport } from './hid/report';
export type { HidPosAssembler } from './hid/assembler';
export { createHidPosAssembler, hidAssemblyDefaults } from './hid/assembler';
export type { HidScannerOptions, HidTransport } from './hid/hid-scanner';
export { connectHidScanner } from './hid/hid-scanner';
export type {
  HidOpenError,
  HidOpenErrorCode,
  HidPosDeviceInfo,
  NodeHidLoader,
} from './hid/node-hid-transport';
export {
  HID_POS_USAGE_PAGE,
  listHidPosScanners,
  openNodeHidTransport,
} from './hid/node-hid-transport';
