import type { Scheduler } from '../scheduler';

interface Pending {
  readonly at: number;
  readonly task: () => void;
}

/** A scheduler whose time moves only when a test calls `advance`. */
export interface FakeScheduler extends Scheduler {
  /** Delays of the tasks still waiting, soonest first. */
  pending(): number[];
  /** Moves time forward, running every task that falls due. */
  advance(ms: number): void;
}

export function createFakeScheduler(): FakeScheduler {
  let now = 0;
  const tasks = new Set<Pending>();

  return {
    after(ms, task) {
      const entry = { at: now + ms, task };
      tasks.add(entry);
      return () => tasks.delete(entry);
    },
    pending: () =>
      [...tasks].map((entry) => entry.at - now).sort((a, b) => a - b),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...tasks]
          .filter((entry) => entry.at <= until)
          .sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        tasks.delete(due);
        now = due.at;
        due.task();
      }
      now = until;
    },
  };
}
