import type { DossierStatus } from '@motcua/protocol';
import type { CaseView, DeadlineLevel } from '../../src/views';

/**
 * Where a case may go next. Central decides (409 `invalid_transition`);
 * the dashboard offers only these so that staff rarely meet that answer.
 */
export const ALLOWED_MOVES: Readonly<
  Record<DossierStatus, readonly DossierStatus[]>
> = {
  received: ['inProgress', 'moreDocuments', 'returned'],
  inProgress: ['moreDocuments', 'done', 'returned'],
  moreDocuments: ['inProgress', 'returned'],
  done: ['returned'],
  returned: [],
};

export const LEVELS: readonly DeadlineLevel[] = [
  'red',
  'yellow',
  'green',
  'none',
];

const RANK: Readonly<Record<DeadlineLevel, number>> = {
  red: 0,
  yellow: 1,
  green: 2,
  none: 3,
};

/** Worst level first, then the earliest due. */
export function caseOrder(a: CaseView, b: CaseView): number {
  return RANK[a.level] - RANK[b.level] || a.dueAt.localeCompare(b.dueAt);
}

/** Puts a changed case in the board's list, in board order. */
export function applyCase(
  cases: readonly CaseView[],
  changed: CaseView,
): CaseView[] {
  const others = cases.filter((c) => c.code !== changed.code);
  return [...others, changed].sort(caseOrder);
}
