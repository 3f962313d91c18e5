import type {
  CalendarData,
  CatalogSnapshot,
  KioskEvent,
  Logger,
} from '@motcua/protocol';
import type { PushHub } from './kiosk/push-hub';
import type { KioskRegistry } from './kiosk/registry';
import type { CentralCounters } from './metrics/counters';
import type { BlobStore } from './store/blobs';
import type { CentralStore, CommandRecord } from './store/types';
import type { DossierView, KioskView } from './views';

/** A health event as staff screens see it. */
export interface KioskEventView extends Omit<KioskEvent, 'msgId'> {
  readonly kioskId: string;
}

/** Where changes go so that staff screens follow them live. */
export interface StaffBroadcast {
  dossierReceived(dossier: DossierView): void;
  kioskUpdated(kiosk: KioskView): void;
  kioskEvent(event: KioskEventView): void;
  commandUpdated(command: CommandRecord): void;
}

/** What central publishes now; new kiosks start from it. */
export interface Published {
  catalog: CatalogSnapshot;
  calendar: CalendarData;
}

/** What the HTTP API and both socket namespaces share. */
export interface CentralContext {
  readonly store: CentralStore;
  readonly blobs: BlobStore;
  readonly registry: KioskRegistry;
  readonly published: Published;
  readonly pushes: PushHub;
  readonly logger: Logger;
  readonly staff: StaffBroadcast;
  /** What `/metrics` counts since start. */
  readonly counters: CentralCounters;
  readonly now: () => Date;
}
