import type {
  DossierStatusView,
  Localized,
  ProtocolError,
} from '@motcua/protocol';

/** Who answered a lookup: central, or only the kiosk while offline. */
export type LookupSource = 'central' | 'kiosk';

export interface LookupResult {
  readonly source: LookupSource;
  readonly dossier: DossierStatusView;
  /** From the kiosk's catalog; null when the procedure is not in it. */
  readonly procedureName: Localized | null;
}

/** A code scanned on the home menu opens the lookup with it. */
export interface StatusLookupInput {
  readonly code?: string;
}

export interface StatusLookupContext {
  /** The code as typed so far, formatted. Not personal; dropped anyway. */
  readonly code: string;
  readonly result: LookupResult | null;
  readonly error: ProtocolError | null;
}

export type StatusLookupEvent =
  | { type: 'resident.typeCode'; text: string }
  | { type: 'resident.lookUp' }
  | { type: 'dossier.scanned'; code: string }
  | { type: 'resident.lookUpAnother' }
  | { type: 'resident.back' }
  | { type: 'resident.finish' };

/** What `lookupDossier` resolves to: a failure is a value, not a throw. */
export type LookupOutcome =
  | ({ readonly ok: true } & LookupResult)
  | { readonly ok: false; readonly error: ProtocolError };

/** Where the resident goes next: the home menu, or the end. */
export interface StatusLookupOutput {
  readonly next: 'home' | 'done';
}
