import type {
  DossierRecord,
  DossierStatus,
  IdentitySource,
  KioskConfig,
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
  /** How the kiosk got the identity (typed by hand: check the card). */
  readonly identitySource?: IdentitySource;
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

/**
 * How a kiosk is doing, worst first: derived from alerts and presence.
 * `revoked`: an admin revoked its key on purpose; no alert is raised for it
 * until the slot is enrolled again.
 */
export type KioskStatus = 'ok' | 'warning' | 'critical' | 'offline' | 'revoked';

export interface KioskView {
  readonly id: string;
  readonly ward: string;
  readonly address: string;
  /**
   * `revoked` when its key was revoked (and the slot not enrolled again);
   * `offline` when not connected, or no heartbeat for `offlineAfterSeconds`;
   * else `critical` / `warning` by the worst open alert; else `ok`.
   */
  readonly status: KioskStatus;
  /** Open or acknowledged alerts of this kiosk. */
  readonly openAlerts: number;
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
  /** Active alerts (open or acknowledged), newest first. */
  readonly alerts: AlertView[];
}

// ─── Alerts ──────────────────────────────────────────────────────────────

export type AlertRule =
  | 'offline'
  | 'paperNearEnd'
  | 'paperOut'
  | 'coverOpen'
  | 'deviceError'
  | 'backlogOld'
  | 'diskNearlyFull'
  | 'helpRequested';

export type AlertSeverity = 'warning' | 'critical';
export type AlertState = 'open' | 'acknowledged' | 'resolved';

export interface AlertView {
  readonly id: string;
  readonly kioskId: string;
  readonly ward: string;
  readonly rule: AlertRule;
  readonly severity: AlertSeverity;
  readonly state: AlertState;
  readonly openedAt: string;
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: string | null;
  readonly resolvedAt: string | null;
  /** Null when the alert resolved by itself (the condition cleared). */
  readonly resolvedBy: string | null;
  readonly detail: string | null;
}

// ─── Kiosk detail ────────────────────────────────────────────────────────

/** A finished command's blob (screenshot or logs), served by /api/blobs. */
export interface KioskBlobRef {
  readonly commandId: string;
  readonly at: string;
  readonly sha256: string;
}

export interface KioskDetailView {
  readonly kiosk: KioskView;
  /** Latest 50, newest first. */
  readonly events: KioskEventView[];
  /** Latest 20, newest first. */
  readonly commands: CommandRecord[];
  /** Latest 50, newest first. */
  readonly alerts: AlertView[];
  readonly screenshot: KioskBlobRef | null;
  readonly logs: KioskBlobRef | null;
}

// ─── Cases, deadlines, inbox ─────────────────────────────────────────────

export type { DossierStatus };

/**
 * green: due within 24 h; yellow: overdue less than 48 h; red: overdue
 * 48 h or more; none otherwise, always once done or returned, and while
 * paused waiting for the resident's documents (`moreDocuments`).
 */
export type DeadlineLevel = 'none' | 'green' | 'yellow' | 'red';

export interface CaseView {
  readonly code: string;
  readonly procedureId: string;
  readonly kioskId: string;
  readonly ward: string;
  /** Masked. */
  readonly applicantName: string;
  readonly receivedAt: string;
  /** 17:00 Asia/Ho_Chi_Minh of the legal due date, as UTC ISO. */
  readonly dueAt: string;
  readonly status: DossierStatus;
  readonly level: DeadlineLevel;
  /** Staff username, or null when unassigned. */
  readonly assignee: string | null;
  readonly updatedAt: string;
  readonly note: string | null;
  /**
   * When the case entered `moreDocuments` (UTC ISO), null otherwise: the
   * deadline is paused and `level` stays `none` until staff resume it.
   */
  readonly pausedSince: string | null;
}

export type NotificationLevel = Exclude<DeadlineLevel, 'none'>;

export interface NotificationView {
  readonly id: string;
  /** Staff username the notification is for. */
  readonly recipient: string;
  readonly level: NotificationLevel;
  /** Dossier code. */
  readonly code: string;
  readonly message: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** Who is told when a ward's case reaches yellow or red. */
export interface WardRolesView {
  readonly ward: string;
  readonly departmentHead: string | null;
  readonly agencyHead: string | null;
}

// ─── Kiosk configuration ─────────────────────────────────────────────────

/**
 * GET/PUT /api/kiosks/:id/config: what the kiosk runs with (`config`, the
 * last `config` item it was sent) and what staff set (`overrides`, null =
 * the default; the payee is its ward's, shared by the ward's kiosks).
 */
export interface KioskConfigView {
  readonly kioskId: string;
  readonly ward: string;
  readonly config: KioskConfig;
  readonly overrides: {
    readonly idleTimeoutSeconds: number | null;
    readonly retentionDays: number | null;
  };
}

// ─── Figures ─────────────────────────────────────────────────────────────

export interface WardFigures {
  readonly ward: string;
  readonly dossiers: number;
  /** Cases done or returned. */
  readonly closed: number;
  /** Closed cases whose last change came no later than dueAt. */
  readonly onTime: number;
  /** onTime / closed, or null with nothing closed. */
  readonly onTimeRate: number | null;
  readonly ratings: number;
  readonly averageRating: number | null;
  /** Queue tickets for today (Asia/Ho_Chi_Minh). */
  readonly ticketsToday: number;
  /** Last 14 days (Asia/Ho_Chi_Minh), oldest first. */
  readonly daily: { readonly date: string; readonly dossiers: number }[];
}

/** Staff-facing events on the `/staff` namespace. */
export interface StaffEvents {
  'dashboard.snapshot': (snapshot: DashboardSnapshot) => void;
  'dossier.received': (dossier: DossierView) => void;
  'kiosk.updated': (kiosk: KioskView) => void;
  'kiosk.event': (event: KioskEventView) => void;
  'command.updated': (command: CommandRecord) => void;
  'alert.updated': (alert: AlertView) => void;
  'case.updated': (dossierCase: CaseView) => void;
  /** To everyone; the dashboard shows those whose recipient is its user. */
  'notification.new': (notification: NotificationView) => void;
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
    ...(record.applicant.source === undefined
      ? {}
      : { identitySource: record.applicant.source }),
  };
}
