import type {
  DossierReceipt,
  DossierSubmit,
  Identity,
  IdentityRead,
  Language,
  Payload,
  PrinterStatus,
  Procedure,
  ProtocolError,
} from '@motcua/protocol';
import type { ManualIdentityEvent } from './manual-identity/types';

/** Form values by field id, as they will be sent: dates as YYYY-MM-DD. */
export type FormValues = Readonly<Record<string, string>>;

/** Error codes (keys of the `errors` namespace) by field id. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A scanned document the agent holds for this session, by requirement. */
export interface HeldAttachment {
  readonly requirementId: string;
  readonly attachmentId: string;
  readonly pages: number;
  readonly blank: boolean;
  /** A small image of the first page, as a data URL; null without one. */
  readonly preview: string | null;
}

export type HeldAttachments = Readonly<Record<string, HeldAttachment>>;

/** The resident's answer about optional data; null until asked. */
export type Consent = 'given' | 'refused' | null;

export interface SubmitDossierContext {
  /** What the agent said about itself; not personal. */
  readonly agent: {
    readonly kioskId: string;
    readonly simulator: boolean;
    /** Central's idle timeout; absent from older agents. */
    readonly idleTimeoutSeconds?: number;
  } | null;
  readonly printer: PrinterStatus | null;
  readonly language: Language;
  readonly procedures: readonly Procedure[];
  readonly catalogError: ProtocolError | null;

  // Everything below belongs to one resident and is dropped when they leave.
  readonly identity: Identity | null;
  readonly identityError: ProtocolError | null;
  readonly procedureId: string | null;
  readonly values: FormValues;
  readonly fieldErrors: FieldErrors;
  readonly attachments: HeldAttachments;
  readonly consent: Consent;
  /** Warned of a likely duplicate, the resident chose to submit anyway. */
  readonly allowDuplicate: boolean;
  readonly submitError: ProtocolError | null;
  /** Kept across a retry after a lost answer, so one tap is one dossier. */
  readonly requestId: string | null;
  readonly receipt: DossierReceipt | null;
}

/** Facts reported by the agent, forwarded from the socket. */
export type AgentEvent =
  | {
      type: 'agent.hello';
      kioskId: string;
      simulator: boolean;
      idleTimeoutSeconds?: number;
    }
  | ({ type: 'identity.read' } & IdentityRead)
  | { type: 'identity.error'; error: ProtocolError }
  | { type: 'printer.status'; status: PrinterStatus }
  | { type: 'dossier.scanned'; code: string };

/** The services of the home menu, after the language. */
export type ServiceName = 'submit' | 'lookup' | 'queue' | 'rating' | 'help';

/** What the resident asks for by tapping. */
export type ResidentEvent =
  | { type: 'resident.start' }
  | { type: 'resident.chooseLanguage'; language: Language }
  | { type: 'resident.chooseService'; service: ServiceName }
  | { type: 'resident.openHelp' }
  | { type: 'resident.chooseProcedure'; procedureId: string }
  | { type: 'resident.retryCatalog' }
  | { type: 'resident.changeField'; fieldId: string; value: string }
  | { type: 'resident.next' }
  | { type: 'resident.back' }
  | { type: 'resident.editIdentity' }
  | { type: 'resident.editProcedure' }
  | { type: 'resident.editForm' }
  | { type: 'resident.editAttachments' }
  | { type: 'resident.submit' }
  | { type: 'resident.giveConsent' }
  | { type: 'resident.refuseConsent' }
  | { type: 'resident.submitAnyway' }
  | AttachEvent
  | { type: 'resident.enterByHand' }
  | ManualIdentityEvent
  | { type: 'resident.finish' }
  | { type: 'resident.cancel' }
  | { type: 'resident.tapped' }
  | { type: 'resident.stillHere' };

/** What the resident does on the documents step; sent on to its machine. */
export type AttachEvent =
  | { type: 'attach.scan'; requirementId: string }
  | { type: 'attach.retake'; requirementId: string }
  | { type: 'attach.keep'; requirementId: string }
  | { type: 'attach.remove'; requirementId: string }
  | { type: 'attach.next' }
  | { type: 'attach.back' };

/** Raised by the machine itself to steer the idle watcher. */
export type SessionEvent =
  { type: 'session.busy' } | { type: 'session.progressed' };

export type SubmitDossierEvent = AgentEvent | ResidentEvent | SessionEvent;

/** What `loadCatalog` resolves to: a failure is a value, not a throw. */
export type CatalogOutcome =
  | { readonly ok: true; readonly procedures: readonly Procedure[] }
  | { readonly ok: false; readonly error: ProtocolError };

/**
 * What `submitDossier` resolves to. `refused` is the agent's answer and
 * final; `unreachable` means the answer was lost, so the same request id is
 * sent again on retry.
 */
export type SubmitOutcome =
  | { readonly kind: 'accepted'; readonly receipt: DossierReceipt }
  | { readonly kind: 'refused'; readonly error: ProtocolError }
  | { readonly kind: 'unreachable'; readonly error: ProtocolError };

export type SubmitInput = DossierSubmit;

/** The agent's answer to `document.scan`, checked against its schema. */
export type ScanOutcome = Payload<'document.scanned'>;
