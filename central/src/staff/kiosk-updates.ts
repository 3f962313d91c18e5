import type { KioskView } from '../views';

/** Kiosk updates reach staff screens at most this often (sync.md §6). */
export const KIOSK_UPDATE_WINDOW_MS = 500;

/**
 * Throttles kiosk updates for staff screens: the first change after a quiet
 * window goes out at once; changes within the window wait for its end, and
 * only the latest view of each kiosk is sent then. With thousands of kiosks
 * heartbeating this turns a socket write per heartbeat per screen into a
 * few writes per window, and a single kiosk still shows up without delay.
 */
export function throttleKioskUpdates(
  send: (kiosk: KioskView) => void,
  windowMs = KIOSK_UPDATE_WINDOW_MS,
): (kiosk: KioskView) => void {
  const pending = new Map<string, KioskView>();
  let timer: NodeJS.Timeout | undefined;
  let lastFlush = Number.NEGATIVE_INFINITY;

  const flush = () => {
    timer = undefined;
    lastFlush = performance.now();
    const views = [...pending.values()];
    pending.clear();
    for (const view of views) send(view);
  };

  return (kiosk) => {
    pending.set(kiosk.id, kiosk);
    if (timer !== undefined) return;
    const wait = lastFlush + windowMs - performance.now();
    if (wait <= 0) {
      flush();
      return;
    }
    timer = setTimeout(flush, wait);
    timer.unref();
  };
}
