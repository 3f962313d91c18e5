import type { Scheduler } from './scheduler';
import type { LinkResult } from './types';

/**
 * Runs one callback-style write and turns its outcome into a `LinkResult`:
 * `timeout` when it does not finish in `timeoutMs`, `disconnected` when
 * the link ended first, `io` when the operating system refused.
 */
export function writeWithTimeout(
  start: (done: (error: Error | null | undefined) => void) => void,
  timeoutMs: number,
  scheduler: Scheduler,
  hasEnded: () => boolean,
): Promise<LinkResult> {
  if (hasEnded()) {
    return Promise.resolve({
      ok: false,
      error: { code: 'disconnected', message: 'link ended' },
    });
  }

  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: LinkResult): void => {
      if (settled) return;
      settled = true;
      cancel();
      resolve(result);
    };
    const cancel = scheduler.after(timeoutMs, () =>
      settle({
        ok: false,
        error: { code: 'timeout', message: `write took over ${timeoutMs} ms` },
      }),
    );

    start((error) => {
      if (error) {
        settle({ ok: false, error: { code: 'io', message: error.message } });
      } else {
        settle({ ok: true });
      }
    });
  });
}
