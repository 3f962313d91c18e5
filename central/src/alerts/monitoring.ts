import type { Logger } from '@motcua/protocol';
import type { Published, StaffBroadcast } from '../context';
import { CaseService } from '../cases/case-service';
import { CaseStore } from '../cases/case-store';
import type { NotificationChannel } from '../cases/channels';
import { dashboardChannel, logChannel } from '../cases/channels';
import { InboxStore } from '../cases/inbox-store';
import { ServiceStore } from '../figures/service-store';
import type { KioskRegistry } from '../kiosk/registry';
import type { SqlDb } from '../store/sql-db';
import type { CentralStore } from '../store/types';
import { AlertStore } from './alert-store';
import { AlertEngine } from './engine';
import {
  DEFAULT_DISK_NEARLY_FULL_BYTES,
  DEFAULT_OFFLINE_AFTER_SECONDS,
} from './rules';

/** A periodic job of central; tests run it by hand after moving a clock. */
export interface ScheduledTask {
  readonly name: 'offline' | 'deadlines';
  readonly everyMs: number;
  run(): Promise<void>;
}

/** Starts a task; returns how to stop it. */
export type Schedule = (task: ScheduledTask) => () => void;

export interface MonitoringOptions {
  /** No heartbeat or connection this long: offline. Default 60. */
  readonly offlineAfterSeconds?: number;
  /** Free disk below this: diskNearlyFull. Default 1 GiB. */
  readonly diskNearlyFullBytes?: number;
  /** Channels besides the dashboard and the log (SMS, e-mail, …). */
  readonly notificationChannels?: readonly NotificationChannel[];
  /** Runs the periodic checks; defaults to `setInterval`. */
  readonly schedule?: Schedule;
  /** Development: operator handles and heads every ward, admin above. */
  readonly devWardRoles?: boolean;
}

export interface MonitoringDeps {
  readonly db: SqlDb;
  readonly store: CentralStore;
  readonly registry: KioskRegistry;
  readonly published: Published;
  readonly staff: StaffBroadcast;
  readonly logger: Logger;
  readonly now: () => Date;
}

const DEADLINE_CHECK_MS = 60_000;

export const intervalSchedule: Schedule = (task) => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void task.run().finally(() => {
      running = false;
    });
  }, task.everyMs);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * Alerts, cases, the inbox and resident services over central's database,
 * wired to the registry (status on the board) and to staff screens.
 * `start` begins the periodic offline and deadline checks.
 */
export async function createMonitoring(
  deps: MonitoringDeps,
  options: MonitoringOptions,
) {
  const { db, store, registry, logger, now } = deps;
  const enrolled = await store.enrolledKiosks();
  for (const slot of enrolled) registry.place(slot.id, slot);
  for (const slot of await store.revokedKiosks()) {
    registry.place(slot.id, slot);
    registry.revoked(slot.id);
  }
  const offlineAfterSeconds =
    options.offlineAfterSeconds ?? DEFAULT_OFFLINE_AFTER_SECONDS;
  const alerts = new AlertEngine(
    {
      store: new AlertStore(db),
      registry,
      staff: deps.staff,
      logger,
      now,
      findPlace: (kioskId) => store.findKiosk(kioskId),
    },
    {
      offlineAfterSeconds,
      diskNearlyFullBytes:
        options.diskNearlyFullBytes ?? DEFAULT_DISK_NEARLY_FULL_BYTES,
    },
  );
  await alerts.load();
  registry.deriveConditionWith((id, seen) => alerts.condition(id, seen));

  const inbox = new InboxStore(db);
  const devRoles =
    options.devWardRoles === true
      ? {
          civilServant: 'operator',
          departmentHead: 'operator',
          agencyHead: 'admin',
        }
      : undefined;
  if (devRoles !== undefined) {
    const at = now().toISOString();
    for (const ward of new Set(enrolled.map((slot) => slot.ward))) {
      await inbox.seedRoles({ ward, ...devRoles }, at);
    }
  }
  const cases = new CaseService({
    cases: new CaseStore(db),
    inbox,
    published: deps.published,
    staff: deps.staff,
    channels: [
      dashboardChannel(deps.staff),
      logChannel(logger),
      ...(options.notificationChannels ?? []),
    ],
    logger,
    now,
    wardOf: async (kioskId) =>
      registry.placeOf(kioskId)?.ward ?? (await store.findKiosk(kioskId))?.ward,
    staffExists: async (username) =>
      (await store.findStaffUser(username)) !== undefined,
    ...(devRoles === undefined ? {} : { defaultRoles: devRoles }),
  });

  const guarded =
    (name: ScheduledTask['name'], run: () => Promise<void>) => async () => {
      try {
        await run();
      } catch (error) {
        logger.log('store-write-failed', 'failure', {
          message: name,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    };
  const tasks: ScheduledTask[] = [
    {
      name: 'offline',
      // Often enough that the board turns within a few seconds of the limit.
      everyMs: Math.min(5_000, Math.max(1_000, offlineAfterSeconds * 250)),
      run: guarded('offline', () => alerts.checkOffline()),
    },
    {
      name: 'deadlines',
      everyMs: DEADLINE_CHECK_MS,
      run: guarded('deadlines', () => cases.sweep()),
    },
  ];

  return {
    parts: { alerts, cases, inbox, services: new ServiceStore(db) },
    /** Starts the periodic checks; returns how to stop them. */
    start(): () => void {
      const schedule = options.schedule ?? intervalSchedule;
      const stops = tasks.map((task) => schedule(task));
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}
