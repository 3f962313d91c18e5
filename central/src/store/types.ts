import type {
  CatalogSnapshot,
  DossierRecord,
  Procedure,
} from '@motcua/protocol';

/** What happened to a delivered dossier in the store. */
export type SaveDossierOutcome =
  | { readonly kind: 'inserted' }
  /** The same id was already stored: the retry changed nothing. */
  | { readonly kind: 'duplicate' }
  /** Another dossier already holds this code: the kiosk must not retry. */
  | { readonly kind: 'codeTaken' };

/**
 * Central's storage, kept behind an interface so that the embedded SQLite
 * store and a production database share every caller. Methods are async even
 * though SQLite answers synchronously, because a networked database will not.
 *
 * TODO(postgres): add a PostgreSQL implementation for production; it needs
 * the same migrations expressed in its dialect and the same idempotent insert.
 */
export interface CentralStore {
  /** Inserts once per id, in one transaction; resolves after commit. */
  saveDossier(record: DossierRecord): Promise<SaveDossierOutcome>;
  findDossierByCode(code: string): Promise<DossierRecord | undefined>;
  /** The most recently received dossiers, newest first. */
  recentDossiers(limit: number): Promise<DossierRecord[]>;

  /**
   * Stores `procedures` as the current catalog. The sequence number starts at
   * 1 and moves up only when the procedures differ from the stored ones.
   */
  publishCatalog(procedures: Procedure[]): Promise<CatalogSnapshot>;

  /** Records when a kiosk was last heard from (UTC ISO 8601). */
  touchKiosk(kioskId: string, lastSeen: string): Promise<void>;
  /** Last-seen times of every kiosk ever heard from. */
  kioskLastSeen(): Promise<Map<string, string>>;

  close(): Promise<void>;
}
