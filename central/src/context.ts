import type { CatalogSnapshot, Logger } from '@motcua/protocol';
import type { KioskRegistry } from './kiosk/registry';
import type { CentralStore } from './store/types';
import type { DossierView, KioskView } from './views';

/** A kiosk allowed to connect, with its shared secret. */
export interface KioskCredential {
  readonly id: string;
  readonly token: string;
}

/** Where changes go so that staff screens follow them live. */
export interface StaffBroadcast {
  dossierReceived(dossier: DossierView): void;
  kioskUpdated(kiosk: KioskView): void;
}

/** What the HTTP API and both socket namespaces share. */
export interface CentralContext {
  readonly store: CentralStore;
  readonly registry: KioskRegistry;
  readonly catalog: CatalogSnapshot;
  readonly kiosks: readonly KioskCredential[];
  readonly logger: Logger;
  readonly staff: StaffBroadcast;
  readonly now: () => Date;
}
