export type { DecodedEscPos } from './escpos-decoder';
export { decodeEscPos, findCutEnds } from './escpos-decoder';
export type { NetworkPrinterOptions } from './network-printer';
export {
  connectNetworkPrinter,
  NETWORK_PRINTER_DEFAULTS,
} from './network-printer';
export type { EncoderModel, PrinterProfile, ProfileId } from './profiles';
export { PROFILES } from './profiles';
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
export type {
  PrinterError,
  PrinterErrorCode,
  PrinterStatusListener,
  ReceiptPrinter,
} from './types';
