export { EMRTD_AID, presentGroups, readCccdChip } from './read-chip';
export type { ReadChipOptions } from './read-chip';
export { cccdMrzInformation } from './chip-identity';
export type {
  ApduTransport,
  ChipAccess,
  ChipError,
  ChipErrorCode,
  ChipRead,
  Dg13,
  Mrz,
  TransportError,
} from './types';
