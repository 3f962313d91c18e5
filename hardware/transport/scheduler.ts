/**
 * The one clock the links use, so tests can drive reconnect and watchdog
 * delays without waiting for real time.
 */
export interface Scheduler {
  /** Runs `task` once after `ms`. Returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
}

export const realScheduler: Scheduler = {
  after(ms, task) {
    const handle = setTimeout(task, ms);
    return () => clearTimeout(handle);
  },
};
