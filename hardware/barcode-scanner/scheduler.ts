/**
 * The one timer a decoder needs. Injected so tests drive time by hand; the
 * default is the global timer, which exists in Node and in the browser.
 * This file must stay free of Node imports: `wedge/` uses it.
 */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const globalScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A scheduler for tests: nothing fires until `advance` says so. */
export interface ManualScheduler extends Scheduler {
  advance(ms: number): void;
  readonly pending: number;
}

export function createManualScheduler(): ManualScheduler {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();

  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },

    clearTimeout(handle) {
      timers.delete(handle as number);
    },

    advance(ms) {
      const until = now + ms;
      for (;;) {
        // Fire in time order; a callback may set or clear other timers.
        let due: [number, { at: number; callback: () => void }] | undefined;
        for (const entry of timers) {
          if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) {
            due = entry;
          }
        }
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },

    get pending() {
      return timers.size;
    },
  };
}
