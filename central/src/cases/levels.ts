import type { DossierStatus } from '@motcua/protocol';
import type { DeadlineLevel } from '../views';

const HOUR_MS = 60 * 60 * 1000;

/** Green starts this long before the due moment. */
export const GREEN_BEFORE_MS = 24 * HOUR_MS;
/** Red starts this long after the due moment. */
export const RED_AFTER_MS = 48 * HOUR_MS;

const CLOSED: ReadonlySet<DossierStatus> = new Set(['done', 'returned']);

export function isClosed(status: DossierStatus): boolean {
  return CLOSED.has(status);
}

/**
 * The deadline level of a case at `now`: green when due within 24 h,
 * yellow when overdue by less than 48 h, red from 48 h overdue; none before
 * that, once the case is done or returned, and while it waits for more
 * documents from the resident (the deadline is paused; see pause.ts).
 */
export function levelAt(
  dueAt: string,
  status: DossierStatus,
  now: Date,
): DeadlineLevel {
  // Paused: the time does not run while the ward waits for the resident.
  if (isClosed(status) || status === 'moreDocuments') return 'none';
  const untilDue = Date.parse(dueAt) - now.getTime();
  if (untilDue > GREEN_BEFORE_MS) return 'none';
  if (untilDue > 0) return 'green';
  return -untilDue < RED_AFTER_MS ? 'yellow' : 'red';
}

const ORDER: Readonly<Record<DeadlineLevel, number>> = {
  red: 0,
  yellow: 1,
  green: 2,
  none: 3,
};

/** Worst level first, then the earliest due. */
export function byUrgency(
  a: { level: DeadlineLevel; dueAt: string },
  b: { level: DeadlineLevel; dueAt: string },
): number {
  return ORDER[a.level] - ORDER[b.level] || a.dueAt.localeCompare(b.dueAt);
}

// Staff move a dossier only along these edges.
const MOVES: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  received: ['inProgress', 'moreDocuments', 'returned'],
  inProgress: ['moreDocuments', 'done', 'returned'],
  moreDocuments: ['inProgress', 'returned'],
  done: ['returned'],
  returned: [],
};

export function canMove(from: DossierStatus, to: DossierStatus): boolean {
  return MOVES[from].includes(to);
}
