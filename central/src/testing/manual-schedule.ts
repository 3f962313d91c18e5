import type { Schedule, ScheduledTask } from '../alerts/monitoring';

/**
 * A `schedule` for `startCentral` that never fires by itself: a test moves
 * its clock, then runs a periodic task by name and waits for it.
 */
export function manualSchedule() {
  const tasks = new Map<ScheduledTask['name'], ScheduledTask>();
  const schedule: Schedule = (task) => {
    tasks.set(task.name, task);
    return () => tasks.delete(task.name);
  };
  return {
    schedule,
    async run(name: ScheduledTask['name']): Promise<void> {
      const task = tasks.get(name);
      if (task === undefined) throw new Error(`no task ${name} scheduled`);
      await task.run();
    },
  };
}
