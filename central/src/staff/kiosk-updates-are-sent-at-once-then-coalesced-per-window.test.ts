import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { KioskView } from '../views';
import { KIOSK_UPDATE_WINDOW_MS, throttleKioskUpdates } from './kiosk-updates';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
});

afterEach(() => {
  vi.useRealTimers();
});

function view(id: string, lastSeen: string): KioskView {
  return {
    id,
    ward: 'Phường Sài Gòn',
    address: '',
    status: 'ok',
    openAlerts: 0,
    online: true,
    lastSeen,
    heartbeat: null,
    health: {},
  };
}

it('sends a lone update at once, then the latest per kiosk', () => {
  const sent: KioskView[] = [];
  const update = throttleKioskUpdates((kiosk) => sent.push(kiosk));

  update(view('K-1', '2026-12-03T02:00:00.000Z'));
  const atOnce = sent.map((kiosk) => kiosk.lastSeen);

  update(view('K-1', '2026-12-03T02:00:01.000Z'));
  update(view('K-2', '2026-12-03T02:00:01.500Z'));
  update(view('K-1', '2026-12-03T02:00:02.000Z'));
  const withinWindow = sent.length;
  vi.advanceTimersByTime(KIOSK_UPDATE_WINDOW_MS);
  const afterWindow = sent.slice(1).map((kiosk) => [kiosk.id, kiosk.lastSeen]);

  vi.advanceTimersByTime(KIOSK_UPDATE_WINDOW_MS);
  update(view('K-2', '2026-12-03T02:00:03.000Z'));

  expect(atOnce).toEqual(['2026-12-03T02:00:00.000Z']);
  expect(withinWindow).toBe(1);
  expect(afterWindow).toEqual([
    ['K-1', '2026-12-03T02:00:02.000Z'],
    ['K-2', '2026-12-03T02:00:01.500Z'],
  ]);
  expect(sent.at(-1)?.lastSeen).toBe('2026-12-03T02:00:03.000Z');
  expect(sent).toHaveLength(4);
});
