import type { Identity, Result } from '@motcua/protocol';

/**
 * The reader side of one contact or contactless card link (PC/SC, a USB
 * NFC reader, a simulator): one command APDU in, one response APDU out,
 * data followed by SW1 SW2. Failures of the link itself (no card, reader
 * unplugged, timeout) come back as a value.
 */
export interface ApduTransport {
  transmit(apdu: Uint8Array): Promise<Result<Uint8Array, TransportError>>;
}

export interface TransportError {
  readonly code: 'noCard' | 'removed' | 'timeout' | 'io';
  readonly message: string;
}

/** Every way reading the chip can fail; each is a stable code. */
export type ChipErrorCode =
  /** The access data (ID number, dates) cannot form a BAC key. */
  | 'chip.access_invalid'
  /** The link to the card failed (see `cause`). */
  | 'chip.transport'
  /** A response shorter than a status word, or noise where TLV belongs. */
  | 'chip.malformed_response'
  /** SELECT of the eMRTD application was refused: not a passport chip. */
  | 'chip.not_emrtd'
  | 'chip.challenge_failed'
  /** The card refused our cryptogram: the MRZ data does not match. */
  | 'chip.bac_refused'
  /** The card's answer to BAC failed its MAC or nonce check. */
  | 'chip.bac_mismatch'
  /** A secure-messaging response failed its MAC. */
  | 'chip.sm_mac'
  /** A secure-messaging response lacked or garbled its data objects. */
  | 'chip.sm_malformed'
  | 'chip.file_not_found'
  | 'chip.read_failed'
  | 'chip.tlv'
  | 'chip.dg1_invalid'
  | 'chip.dg13_invalid'
  | 'chip.sod_invalid'
  | 'chip.hash_algorithm'
  /** EF.SOD lists no hash for a data group that was read. */
  | 'chip.hash_missing'
  /** A data group's hash differs from EF.SOD's: altered or misread. */
  | 'chip.hash_mismatch';

export interface ChipError {
  readonly code: ChipErrorCode;
  readonly message: string;
  /** The status word the card answered, when it answered one. */
  readonly sw?: number;
  readonly cause?: TransportError;
}

export type ChipResult<T> = Result<T, ChipError>;

export function chipError(
  code: ChipErrorCode,
  message: string,
  extra: Pick<ChipError, 'sw' | 'cause'> = {},
): ChipError {
  return { code, message, ...extra };
}

/** What BAC needs, as printed on the card. */
export interface ChipAccess {
  /** The 12-digit personal ID number. */
  readonly idNumber: string;
  /** YYYY-MM-DD. */
  readonly dateOfBirth: string;
  /** YYYY-MM-DD, the card's "có giá trị đến". */
  readonly dateOfExpiry: string;
}

/** The machine-readable zone from DG1, field by field. */
export interface Mrz {
  readonly documentCode: string;
  readonly issuingState: string;
  readonly documentNumber: string;
  readonly optionalData1: string;
  /** YYMMDD as printed. */
  readonly dateOfBirth: string;
  readonly sex: 'M' | 'F' | '<';
  readonly dateOfExpiry: string;
  readonly nationality: string;
  readonly optionalData2: string;
  /** Primary and secondary identifiers, `<` turned into spaces. */
  readonly surname: string;
  readonly givenNames: string;
}

/** DG13 (Vietnamese personal data): the fields the reference names. */
export interface Dg13 {
  readonly idNumber?: string;
  readonly fullName?: string;
  readonly dateOfBirth?: string;
  readonly sex?: string;
  readonly nationality?: string;
  readonly ethnicity?: string;
  readonly religion?: string;
  readonly hometown?: string;
  readonly residence?: string;
  readonly identifyingMarks?: string;
  readonly issueDate?: string;
  readonly expiryDate?: string;
  readonly fatherName?: string;
  readonly motherName?: string;
  readonly spouseName?: string;
  readonly oldIdNumber?: string;
  /** Every field by its number, as read (strings; 13 joined by " / "). */
  readonly raw: Readonly<Record<number, string>>;
}

/** A chip read whose data groups matched EF.SOD's hashes. */
export interface ChipRead {
  readonly mrz: Mrz;
  readonly dg13: Dg13;
  /** The data groups EF.COM lists, by number. */
  readonly present: readonly number[];
  /** The identity for the flow, from DG13 (with diacritics). */
  readonly identity: Identity;
}
