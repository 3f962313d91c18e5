import type { KioskStatus, KioskView } from '../../src/views';

const RANK: Readonly<Record<KioskStatus, number>> = {
  critical: 0,
  offline: 1,
  warning: 2,
  ok: 3,
  revoked: 4,
};

/**
 * Worst first, then by id, so trouble sits at the top of the board; kiosks
 * revoked on purpose come last, after the ok ones. Ids
 * are ASCII, so a plain comparison does (and is far cheaper than
 * `localeCompare` when thousands of kiosks are sorted on every redraw).
 */
export function boardOrder(a: KioskView, b: KioskView): number {
  const byStatus = RANK[a.status] - RANK[b.status];
  if (byStatus !== 0) return byStatus;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
