export type { DecodedEscPos, PrintBlock } from './escpos-decoder';
export { decodeEscPos, findCutEnds } from './escpos-decoder';
export {
  ASB_DEFAULT_MASK,
  flagsFromAsb,
  isAsbFollower,
  statusFromAsb,
} from './asb';
export type { NetworkPrinterOptions } from './network-printer';
export {
  connectNetworkPrinter,
  NETWORK_PRINTER_DEFAULTS,
} from './network-printer';
export type { PrinterOptions } from './printer-driver';
export { connectPrinter, PRINTER_DEFAULTS } from './printer-driver';
export type {
  EncoderModel,
  PrinterProfile,
  ProfileId,
  VietnameseMode,
} from './profiles';
export { PROFILES, profileDots } from './profiles';
export { renderJobPng } from './simulator/render-job';
export type {
  JobListener,
  VirtualCondition,
  VirtualPrinter,
  VirtualPrinterJob,
  VirtualPrinterOptions,
} from './simulator/virtual-printer';
export { MAX_JOBS, startVirtualPrinter } from './simulator/virtual-printer';
export type { SlipLayout } from './slip';
export { encodeSlip, printableText } from './slip';
export type { StatusFlags, StatusRequest } from './status';
export {
  isAsbHeader,
  isRealTimeReply,
  statusFromReplies,
  statusRequestBytes,
} from './status';
export type { StatusEvent } from './status-stream';
export { StatusStream } from './status-stream';
export type {
  PrinterError,
  PrinterErrorCode,
  PrinterStatusListener,
  ReceiptPrinter,
} from './types';
