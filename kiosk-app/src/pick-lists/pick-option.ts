/** One entry of a pick-list: the code that is stored, the name shown. */
export interface PickOption {
  readonly code: string;
  /** Full official name, NFC, e.g. `Phường Sài Gòn`. */
  readonly name: string;
}
