import type {
  DossierRecord,
  KioskEventKind,
  KioskHeartbeat,
} from '@motcua/protocol';
import { maskIdNumber, maskName } from '@motcua/protocol';
import type { KioskEventView } from './context';
import type { KioskEventSubject } from './kiosk/event-subject';
import type { CommandRecord } from './store/types';

// What staff screens and the HTTP API see: personal data masked, nothing
// else of the applicant. The dashboard imports these types only.

export interface DossierView {
  readonly id: string;
  readonly code: string;
  readonly kioskId: string;
  readonly procedureId: string;
  readonly receivedAt: string;
  readonly returnDate: string;
  readonly applicantName: string;
  readonly idNumber: string;
}

/** The latest health event of a kiosk, by what it is about. */
export type KioskHealth = Readonly<
  Partial<
    Record<
      KioskEventSubject,
      {
        readonly kind: KioskEventKind;
        readonly at: string;
        readonly detail?: string;
      }
    >
  >
>;

export interface KioskView {
  readonly id: string;
  readonly online: boolean;
  /** UTC ISO 8601, or null when the kiosk was never heard from. */
  readonly lastSeen: string | null;
  /** The latest heartbeat since central started, or null. */
  readonly heartbeat: KioskHeartbeat | null;
  /** Latest `kiosk.event` per subject, e.g. `printer.paperOut`. */
  readonly health: KioskHealth;
}

export interface DashboardSnapshot {
  readonly dossiers: DossierView[];
  readonly kiosks: KioskView[];
}

/** Staff-facing events on the `/staff` namespace. */
export interface StaffEvents {
  'dashboard.snapshot': (snapshot: DashboardSnapshot) => void;
  'dossier.received': (dossier: DossierView) => void;
  'kiosk.updated': (kiosk: KioskView) => void;
  'kiosk.event': (event: KioskEventView) => void;
  'command.updated': (command: CommandRecord) => void;
}

export function toDossierView(record: DossierRecord): DossierView {
  return {
    id: record.id,
    code: record.code,
    kioskId: record.kioskId,
    procedureId: record.procedureId,
    receivedAt: new Date(record.receivedAt).toISOString(),
    returnDate: record.returnDate,
    applicantName: maskName(record.applicant.fullName),
    idNumber: maskIdNumber(record.applicant.idNumber),
  };
}
