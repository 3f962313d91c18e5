import { describe, expect, it } from 'vitest';
import type { AlertView } from '../../src/views';
import { applyAlert } from './use-staff-feed';

function alert(id: string, openedAt: string): AlertView {
  return {
    id,
    kioskId: 'KIOSK-DEV-01',
    ward: 'Phường Sài Gòn',
    rule: 'paperOut',
    severity: 'critical',
    state: 'open',
    openedAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    detail: null,
  };
}

describe('the active alert feed', () => {
  const older = alert('a1', '2026-12-03T01:00:00.000Z');
  const newer = alert('a2', '2026-12-03T02:00:00.000Z');

  it('keeps the newest alert first and updates one in place', () => {
    const feed = applyAlert(applyAlert([], older), newer);
    expect(feed.map((a) => a.id)).toEqual(['a2', 'a1']);
    const acknowledged = { ...older, state: 'acknowledged' as const };
    expect(applyAlert(feed, acknowledged)).toEqual([newer, acknowledged]);
  });

  it('drops an alert once it is resolved', () => {
    const resolved = {
      ...newer,
      state: 'resolved' as const,
      resolvedAt: '2026-12-03T03:00:00.000Z',
    };
    expect(applyAlert([newer, older], resolved)).toEqual([older]);
  });
});
