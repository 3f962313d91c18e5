import { randomUUID } from 'node:crypto';
import type {
  DossierRecord,
  DossierStatus,
  DossierStatusView,
  Logger,
} from '@motcua/protocol';
import { dueMoment, hcmcDay, maskName, returnDate } from '@motcua/protocol';
import { formatDate } from '@motcua/locales';
import type { Published, StaffBroadcast } from '../context';
import type { CaseView, DeadlineLevel, NotificationView } from '../views';
import type { CaseStore } from './case-store';
import type { NotificationChannel } from './channels';
import { sendEverywhere } from './channels';
import type { InboxStore, WardRoles } from './inbox-store';
import { byUrgency, canMove, isClosed, levelAt } from './levels';
import { dueMovedBy, pausedWorkingDays } from './pause';

export interface CaseDeps {
  readonly cases: CaseStore;
  readonly inbox: InboxStore;
  readonly published: Published;
  readonly staff: StaffBroadcast;
  readonly channels: readonly NotificationChannel[];
  readonly logger: Logger;
  readonly now: () => Date;
  /** The ward of a kiosk slot, from the store. */
  readonly wardOf: (kioskId: string) => Promise<string | undefined>;
  /** Whether a staff account exists. */
  readonly staffExists: (username: string) => Promise<boolean>;
  /** Development: roles a ward gets when it has none yet. */
  readonly defaultRoles?: Omit<WardRoles, 'ward'>;
}

export type CaseAnswer =
  | { readonly ok: true; readonly value: CaseView }
  | {
      readonly ok: false;
      readonly status: number;
      readonly code: string;
      readonly message: string;
    };

// Dossiers without a case are picked up this many at a time.
const SWEEP_BATCH = 500;

/**
 * Cases of dossiers: opened when a dossier arrives (and by a sweep for any
 * that missed it), moved by staff along the allowed statuses, and watched
 * against their due moment. When a case enters a deadline level, one
 * notification goes to whoever the ward's roles say, into the inbox and out
 * through every channel.
 */
export class CaseService {
  constructor(private readonly deps: CaseDeps) {}

  /** Opens the case of a just-stored dossier; logs and never throws. */
  async dossierReceived(record: DossierRecord): Promise<void> {
    try {
      const ward = await this.deps.wardOf(record.kioskId);
      await this.#openCase(record, ward ?? '');
    } catch (error) {
      this.#failed('case', record.code, error);
    }
  }

  /** Opens missed cases, then moves every open case to its level now. */
  async sweep(): Promise<void> {
    for (const row of await this.deps.cases.caselessDossiers(SWEEP_BATCH)) {
      const record = JSON.parse(row.record) as DossierRecord;
      await this.#openCase(record, row.ward ?? '');
    }
    for (const open of await this.deps.cases.open()) {
      await this.#applyLevel(open);
    }
  }

  async deadlines(): Promise<CaseView[]> {
    return (await this.deps.cases.open()).sort(byUrgency);
  }

  async move(
    code: string,
    status: DossierStatus,
    note: string | null,
    by: string,
  ): Promise<CaseAnswer> {
    const current = await this.deps.cases.find(code);
    if (current === undefined) return notFound();
    if (!canMove(current.status, status)) {
      return refusal(
        409,
        'invalid_transition',
        `A ${current.status} dossier cannot become ${status}`,
      );
    }
    const now = this.deps.now();
    const at = now.toISOString();
    const moved = await this.deps.cases.move(code, current.status, {
      status,
      level: isClosed(status) ? 'none' : current.level,
      note,
      at,
      closed: isClosed(status),
      ...this.#pauseChange(current, status, now),
    });
    if (!moved) {
      return refusal(409, 'case.changed', 'Someone moved it first; reload');
    }
    this.deps.logger.log('case-status-changed', 'success', {
      code,
      from: current.status,
      to: status,
      by,
    });
    return this.#changed(code);
  }

  // Entering moreDocuments starts a pause; leaving it ends the pause and
  // moves the due moment by the working days paused (pause.ts).
  #pauseChange(current: CaseView, to: DossierStatus, now: Date) {
    const unchanged = {
      pausedAt: current.pausedSince,
      dueAt: current.dueAt,
      addPausedDays: 0,
    };
    if (current.status !== 'moreDocuments') {
      return to === 'moreDocuments'
        ? { ...unchanged, pausedAt: now.toISOString() }
        : unchanged;
    }
    // A case paused before pauses were stored has no start: nothing moves.
    const since =
      current.pausedSince === null ? now : new Date(current.pausedSince);
    const { calendar } = this.deps.published;
    const days = pausedWorkingDays(since, now, calendar);
    return {
      pausedAt: null,
      dueAt: dueMovedBy(current.dueAt, days, calendar),
      addPausedDays: days,
    };
  }

  async assign(code: string, username: string, by: string) {
    if (!(await this.deps.staffExists(username))) {
      return refusal(404, 'staff.not_found', `No staff account ${username}`);
    }
    const at = this.deps.now().toISOString();
    if (!(await this.deps.cases.assign(code, username, at))) return notFound();
    this.deps.logger.log('case-assigned', 'success', { code, username, by });
    return this.#changed(code);
  }

  /** What a kiosk shows a resident who asks by code. */
  async lookup(code: string): Promise<DossierStatusView | undefined> {
    const found = await this.deps.cases.find(code);
    if (found === undefined) return undefined;
    return {
      code: found.code,
      procedureId: found.procedureId,
      status: found.status,
      receivedAt: found.receivedAt,
      dueDate: hcmcDay(new Date(found.dueAt)).date,
      updatedAt: found.updatedAt,
      ...(found.note === null ? {} : { note: found.note }),
    };
  }

  async #changed(code: string): Promise<CaseAnswer> {
    const after = await this.deps.cases.find(code);
    if (after === undefined) return notFound();
    this.deps.staff.caseUpdated(after);
    return { ok: true, value: await this.#applyLevel(after) };
  }

  async #openCase(record: DossierRecord, ward: string): Promise<void> {
    const { cases, inbox, published, defaultRoles, logger } = this.deps;
    const receivedAt = new Date(record.receivedAt);
    const procedure = published.catalog.procedures.find(
      (candidate) => candidate.id === record.procedureId,
    );
    const due =
      procedure === undefined
        ? record.returnDate
        : returnDate(receivedAt, procedure.processingDays, published.calendar);
    const at = this.deps.now().toISOString();
    if (defaultRoles !== undefined && ward !== '') {
      await inbox.seedRoles({ ward, ...defaultRoles }, at);
    }
    const roles = ward === '' ? undefined : await inbox.roles(ward);
    const opened: CaseView = {
      code: record.code,
      procedureId: record.procedureId,
      kioskId: record.kioskId,
      ward,
      applicantName: maskName(record.applicant.fullName),
      receivedAt: receivedAt.toISOString(),
      dueAt: dueMoment(due),
      status: 'received',
      level: 'none',
      assignee: roles?.civilServant ?? null,
      updatedAt: at,
      note: null,
      pausedSince: null,
    };
    if (!(await cases.insert({ ...opened, dossierId: record.id }))) return;
    logger.log('case-opened', 'success', {
      code: opened.code,
      ward,
      dueAt: opened.dueAt,
      assignee: opened.assignee,
    });
    this.deps.staff.caseUpdated(opened);
    await this.#applyLevel(opened);
  }

  // The level now; on a change, store it (once, whoever is first), tell
  // staff screens, and notify for the level entered.
  async #applyLevel(current: CaseView): Promise<CaseView> {
    const level = levelAt(current.dueAt, current.status, this.deps.now());
    if (level === current.level) return current;
    const won = await this.deps.cases.setLevel(
      current.code,
      current.level,
      level,
    );
    if (!won) return (await this.deps.cases.find(current.code)) ?? current;
    const updated = { ...current, level };
    this.deps.logger.log('deadline-level-changed', 'n/a', {
      code: current.code,
      from: current.level,
      to: level,
    });
    this.deps.staff.caseUpdated(updated);
    if (level !== 'none') await this.#notify(updated, level);
    return updated;
  }

  async #notify(entered: CaseView, level: Exclude<DeadlineLevel, 'none'>) {
    const { inbox, logger } = this.deps;
    const roles = await inbox.roles(entered.ward);
    const recipient =
      level === 'green'
        ? (entered.assignee ?? roles?.departmentHead ?? null)
        : level === 'yellow'
          ? (roles?.departmentHead ?? null)
          : (roles?.agencyHead ?? null);
    if (recipient === null) {
      logger.log('notification-unrouted', 'failure', {
        code: entered.code,
        ward: entered.ward,
        level,
      });
      return;
    }
    const notification: NotificationView = {
      id: randomUUID(),
      recipient,
      level,
      code: entered.code,
      message: messageFor(entered, level),
      createdAt: this.deps.now().toISOString(),
      readAt: null,
    };
    if (!(await inbox.add(notification))) return;
    await sendEverywhere(this.deps.channels, notification, logger);
  }

  #failed(what: string, code: string, error: unknown): void {
    this.deps.logger.log('store-write-failed', 'failure', {
      message: what,
      code,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

// Vietnamese, as staff read it; the dashboard may word it per language
// from `level` and `code`.
function messageFor(dossierCase: CaseView, level: DeadlineLevel): string {
  const due = `17:00 ngày ${formatDate(dossierCase.dueAt)}`;
  switch (level) {
    case 'green':
      return `Hồ sơ ${dossierCase.code} đến hạn lúc ${due}.`;
    case 'yellow':
      return `Hồ sơ ${dossierCase.code} đã quá hạn (hạn ${due}).`;
    default:
      return `Hồ sơ ${dossierCase.code} quá hạn trên 48 giờ (hạn ${due}).`;
  }
}

function refusal(status: number, code: string, message: string): CaseAnswer {
  return { ok: false, status, code, message };
}

function notFound(): CaseAnswer {
  return refusal(404, 'not_found', 'No dossier with this code');
}
