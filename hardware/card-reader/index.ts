export type { CccdQrRead } from './cccd-qr';
export { parseCccdQr } from './cccd-qr';
export {
  SAMPLE_CCCD_QR,
  SAMPLE_CCCD_QR_2024,
  SAMPLE_CCCD_QR_NO_OLD_ID,
  SAMPLE_CCCD_QR_WOMAN_2001,
} from './samples';
export { cccdMrzInformation, EMRTD_AID, readCccdChip } from './chip';
export type {
  ApduTransport,
  ChipAccess,
  ChipError,
  ChipErrorCode,
  ChipRead,
  TransportError,
} from './chip';
