import type { KioskStatus, KioskView } from '../../src/views';

const RANK: Readonly<Record<KioskStatus, number>> = {
  critical: 0,
  offline: 1,
  warning: 2,
  ok: 3,
};

/** Worst first, then by id, so trouble sits at the top of the board. */
export function boardOrder(a: KioskView, b: KioskView): number {
  return RANK[a.status] - RANK[b.status] || a.id.localeCompare(b.id);
}
