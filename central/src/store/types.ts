import type {
  BlobRef,
  CalendarData,
  CatalogSnapshot,
  CommandName,
  CommandResult,
  DossierRecord,
  KioskEvent,
  PushItem,
  Procedure,
} from '@motcua/protocol';
import type { SqlDb } from './sql-db';

/** What happened to a delivered dossier in the store. */
export type SaveDossierOutcome =
  | { readonly kind: 'inserted' }
  /** The same id was already stored: the retry changed nothing. */
  | { readonly kind: 'duplicate' }
  /** Another dossier already holds this code: the kiosk must not retry. */
  | { readonly kind: 'codeTaken' };

/** A place for one kiosk, made by staff before the machine claims it. */
export interface KioskSlot {
  readonly id: string;
  readonly ward: string;
  readonly address: string;
  /** Ed25519 SPKI DER, base64; null until a kiosk enrolls. */
  readonly publicKey: string | null;
  readonly agentVersion: string | null;
  readonly enrolledAt: string | null;
  readonly revokedAt: string | null;
  /** Replay after the latest enrollment starts above this seq. */
  readonly streamStart: number;
}

export interface NewEnrollmentToken {
  readonly tokenSha256: string;
  readonly kioskId: string;
  readonly ward: string;
  readonly address: string;
  readonly expiresAt: string;
}

export interface EnrollRequest {
  readonly tokenSha256: string;
  readonly publicKey: string;
  readonly agentVersion: string;
  readonly at: string;
  /** The first items of the new stream, made inside the transaction. */
  readonly initialItems: (
    slot: KioskSlot,
    tx: SqlDb,
  ) => PushItem[] | Promise<PushItem[]>;
}

export type EnrollOutcome =
  | { readonly kind: 'enrolled'; readonly slot: KioskSlot }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'used' }
  | { readonly kind: 'expired' };

export interface StoredPush {
  readonly seq: number;
  readonly item: PushItem;
}

export type CommandStatus = 'queued' | 'sent' | 'done' | 'failed';

export interface CommandRecord {
  readonly commandId: string;
  readonly kioskId: string;
  readonly seq: number;
  readonly name: CommandName;
  readonly status: CommandStatus;
  readonly issuedAt: string;
  readonly sentAt: string | null;
  readonly finishedAt: string | null;
  readonly detail: string | null;
  readonly blob: BlobRef | null;
}

export type CommandResultOutcome =
  | { readonly kind: 'recorded'; readonly command: CommandRecord }
  | { readonly kind: 'duplicate'; readonly command: CommandRecord }
  | { readonly kind: 'unknown' };

export interface StoredKioskEvent extends Omit<KioskEvent, 'msgId'> {
  readonly kioskId: string;
}

/**
 * Central's storage. One implementation (central-store.ts) serves the
 * embedded SQLite file and PostgreSQL alike, through `SqlDb` (sql-db.ts).
 * Methods are async even though SQLite answers synchronously, because a
 * networked database does not.
 */
export interface CentralStore {
  /** Inserts once per id with its attachment refs; resolves after commit. */
  saveDossier(record: DossierRecord): Promise<SaveDossierOutcome>;
  findDossierByCode(code: string): Promise<DossierRecord | undefined>;
  /** The most recently received dossiers, newest first. */
  recentDossiers(limit: number): Promise<DossierRecord[]>;

  /**
   * Stores `procedures` as the current catalog. The sequence number starts at
   * 1 and moves up only when the procedures differ from the stored ones.
   */
  publishCatalog(procedures: Procedure[]): Promise<CatalogSnapshot>;
  readCalendar(): Promise<CalendarData | undefined>;
  saveCalendar(calendar: CalendarData): Promise<void>;

  /** Records when a kiosk was last heard from (UTC ISO 8601). */
  touchKiosk(kioskId: string, lastSeen: string): Promise<void>;
  /** Last-seen times of every kiosk ever heard from. */
  kioskLastSeen(): Promise<Map<string, string>>;

  /** Creates or updates the slot, then stores the token's hash. */
  saveEnrollmentToken(token: NewEnrollmentToken): Promise<void>;
  /** Like `saveEnrollmentToken`, unless the kiosk is enrolled already. */
  saveBootstrapToken(token: NewEnrollmentToken): Promise<boolean>;
  /** Burns the token and binds the key in one transaction. */
  enroll(request: EnrollRequest): Promise<EnrollOutcome>;
  findKiosk(kioskId: string): Promise<KioskSlot | undefined>;
  /** Slots with a key that is not revoked. */
  enrolledKiosks(): Promise<KioskSlot[]>;
  /** Slots whose key was revoked (and not enrolled again since). */
  revokedKiosks(): Promise<KioskSlot[]>;
  /** False when the kiosk has no key to revoke. */
  revokeKiosk(kioskId: string, at: string): Promise<boolean>;

  /** Appends `item` to every enrolled kiosk's stream; says which. */
  pushToEnrolled(item: PushItem, at: string): Promise<string[]>;
  pushItemsAfter(
    kioskId: string,
    afterSeq: number,
    limit: number,
  ): Promise<StoredPush[]>;

  /** Appends a `command` item and stores the command as `queued`. */
  queueCommand(
    kioskId: string,
    item: Extract<PushItem, { kind: 'command' }>,
  ): Promise<CommandRecord>;
  /** Moves a queued command to `sent`; later states stay. */
  markCommandSent(commandId: string, at: string): Promise<void>;
  recordCommandResult(
    kioskId: string,
    result: CommandResult,
    at: string,
  ): Promise<CommandResultOutcome>;
  listCommands(kioskId: string): Promise<CommandRecord[]>;

  /** Inserts once per msgId; true when it was new. */
  saveKioskEvent(
    kioskId: string,
    event: KioskEvent,
    receivedAt: string,
  ): Promise<boolean>;
  /** The latest event per kiosk and subject (printer, device, disk). */
  latestKioskEvents(): Promise<StoredKioskEvent[]>;

  /** Creates the account or replaces its hash and role. */
  saveStaffUser(user: StaffUser, at: string): Promise<void>;
  findStaffUser(username: string): Promise<StaffUser | undefined>;
  countStaffUsers(): Promise<number>;
  saveStaffSession(session: StaffSessionRecord): Promise<void>;
  /** The session with its user's current role; expiry is the caller's. */
  findStaffSession(idSha256: string): Promise<StaffSessionRecord | undefined>;
  deleteStaffSession(idSha256: string): Promise<void>;
  /** Drops sessions that expired before `at`. */
  deleteExpiredStaffSessions(at: string): Promise<void>;

  close(): Promise<void>;
}

export type StaffRole = 'viewer' | 'operator' | 'admin';

export interface StaffUser {
  readonly username: string;
  /** `scrypt$…`, never the password itself. */
  readonly passwordHash: string;
  readonly role: StaffRole;
}

export interface StaffSessionRecord {
  readonly idSha256: string;
  readonly username: string;
  readonly role: StaffRole;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}
