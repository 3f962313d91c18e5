import type {
  CalendarData,
  CatalogSnapshot,
  KioskEvent,
  Logger,
} from '@motcua/protocol';
import type { AlertEngine } from './alerts/engine';
import type { CaseService } from './cases/case-service';
import type { InboxStore } from './cases/inbox-store';
import type { ServiceStore } from './figures/service-store';
import type { PushHub } from './kiosk/push-hub';
import type { KioskRegistry } from './kiosk/registry';
import type { CentralCounters } from './metrics/counters';
import type { BlobStore } from './store/blobs';
import type { SqlDb } from './store/sql-db';
import type { CentralStore, CommandRecord } from './store/types';
import type {
  AlertView,
  CaseView,
  DossierView,
  KioskView,
  NotificationView,
} from './views';

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
  alertUpdated(alert: AlertView): void;
  caseUpdated(dossierCase: CaseView): void;
  notificationNew(notification: NotificationView): void;
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
  /** The database under `store`, for modules that keep their own tables. */
  readonly db: SqlDb;
  /** Kiosk alerts from heartbeats, events and presence. */
  readonly alerts: AlertEngine;
  /** Dossier cases: status, assignment, deadline levels. */
  readonly cases: CaseService;
  /** The deadline inbox and the ward roles that route it. */
  readonly inbox: InboxStore;
  /** Ratings and queue tickets from kiosks. */
  readonly services: ServiceStore;
}
