import type { DossierRecord, KioskHeartbeat } from '@motcua/protocol';
import { maskIdNumber, maskName } from '@motcua/protocol';

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

export interface KioskView {
  readonly id: string;
  readonly online: boolean;
  /** UTC ISO 8601, or null when the kiosk was never heard from. */
  readonly lastSeen: string | null;
  /** The latest heartbeat since central started, or null. */
  readonly heartbeat: KioskHeartbeat | null;
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
