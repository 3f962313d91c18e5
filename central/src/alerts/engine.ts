import type { KioskEventKind, KioskHeartbeat, Logger } from '@motcua/protocol';
import type { StaffBroadcast } from '../context';
import type {
  KioskCondition,
  KioskPlace,
  KioskRegistry,
} from '../kiosk/registry';
import type { AlertRule, AlertView } from '../views';
import type { AlertStore } from './alert-store';
import type { RuleChange } from './rules';
import { eventRules, heartbeatRules, severityOf } from './rules';

export interface AlertSettings {
  readonly offlineAfterSeconds: number;
  readonly diskNearlyFullBytes: number;
}

export interface AlertDeps {
  readonly store: AlertStore;
  readonly registry: KioskRegistry;
  readonly staff: StaffBroadcast;
  readonly logger: Logger;
  readonly now: () => Date;
  /** The slot's ward and address, for kiosks enrolled after start. */
  readonly findPlace: (kioskId: string) => Promise<KioskPlace | undefined>;
}

export type StaffAlertAnswer =
  | { readonly ok: true; readonly alert: AlertView }
  | { readonly ok: false; readonly code: 'not_found' | 'alert.not_active' };

/**
 * Turns heartbeats, kiosk events and presence into alerts: one active
 * alert per kiosk and rule, opened when a rule starts to hold and resolved
 * by itself when it clears (or by staff). Every change is stored, logged
 * and sent to staff screens with the kiosk's new status.
 *
 * Active alerts are also kept in memory, so that the kiosk board's status
 * is derived without a query.
 * TODO(scale): with several central nodes each keeps its own copy; changes
 * made on another node reach this one's copy only after a restart. Send the
 * changes over the Redis adapter once the nodes share one.
 */
export class AlertEngine {
  readonly #active = new Map<string, Map<AlertRule, AlertView>>();
  readonly #queues = new Map<string, Promise<void>>();

  constructor(
    private readonly deps: AlertDeps,
    readonly settings: AlertSettings,
  ) {}

  async load(): Promise<void> {
    for (const alert of await this.deps.store.active()) this.#remember(alert);
  }

  /** The board's status of a kiosk, given when it was last heard from. */
  condition(kioskId: string, lastSeen: string | null): KioskCondition {
    const active = [...(this.#active.get(kioskId)?.values() ?? [])];
    const openAlerts = active.length;
    if (lastSeen === null || this.#isStale(lastSeen)) {
      return { status: 'offline', openAlerts };
    }
    if (active.some((alert) => alert.severity === 'critical')) {
      return { status: 'critical', openAlerts };
    }
    return { status: openAlerts > 0 ? 'warning' : 'ok', openAlerts };
  }

  heartbeat(kioskId: string, heartbeat: KioskHeartbeat): Promise<void> {
    const changes = heartbeatRules(
      heartbeat,
      this.settings.diskNearlyFullBytes,
    );
    return this.#apply(kioskId, [
      ...changes,
      { rule: 'offline', holds: false },
    ]);
  }

  event(kioskId: string, kind: KioskEventKind, detail?: string) {
    return this.#apply(kioskId, eventRules(kind, detail));
  }

  /** The kiosk connected: it is not offline. */
  async seen(kioskId: string): Promise<void> {
    const { registry, findPlace } = this.deps;
    if (registry.placeOf(kioskId) === undefined) {
      const place = await findPlace(kioskId).catch(() => undefined);
      if (place !== undefined) registry.place(kioskId, place);
    }
    return this.#apply(kioskId, [{ rule: 'offline', holds: false }]);
  }

  /**
   * The kiosk's key was revoked on purpose: its active alerts resolve by
   * themselves (resolvedBy null, like a cleared condition), and no rule
   * opens one again until the slot is enrolled again.
   */
  revoked(kioskId: string): Promise<void> {
    const rules = [...(this.#active.get(kioskId)?.keys() ?? [])];
    return this.#apply(
      kioskId,
      rules.map((rule) => ({ rule, holds: false })),
    );
  }

  /** Raises `offline` for each kiosk not heard from for too long. */
  async checkOffline(): Promise<void> {
    const work = this.deps.registry.all().map((kiosk) => {
      if (kiosk.lastSeen === null || kiosk.status === 'revoked') {
        return Promise.resolve();
      }
      const stale = this.#isStale(kiosk.lastSeen);
      const change: RuleChange = stale
        ? {
            rule: 'offline',
            holds: true,
            detail: `last seen ${kiosk.lastSeen}`,
          }
        : { rule: 'offline', holds: false };
      return this.#apply(kiosk.id, [change]);
    });
    await Promise.all(work);
  }

  /** Active alerts (open or acknowledged), or the history; newest first. */
  list(state: 'active' | 'all', kioskId?: string): Promise<AlertView[]> {
    return state === 'active'
      ? this.deps.store.active(kioskId)
      : this.deps.store.history(kioskId);
  }

  async acknowledge(id: string, by: string): Promise<StaffAlertAnswer> {
    const at = this.deps.now().toISOString();
    return this.#byStaff(id, () => this.deps.store.acknowledge(id, by, at));
  }

  async resolve(id: string, by: string): Promise<StaffAlertAnswer> {
    const at = this.deps.now().toISOString();
    return this.#byStaff(id, () => this.deps.store.resolve(id, by, at));
  }

  async #byStaff(
    id: string,
    change: () => Promise<AlertView | undefined>,
  ): Promise<StaffAlertAnswer> {
    const existing = await this.deps.store.find(id);
    if (existing === undefined) return { ok: false, code: 'not_found' };
    let changed: AlertView | undefined;
    await this.#serial(existing.kioskId, async () => {
      changed = await change();
      if (changed !== undefined) this.#changed(changed);
    });
    return changed === undefined
      ? { ok: false, code: 'alert.not_active' }
      : { ok: true, alert: changed };
  }

  #isStale(lastSeen: string): boolean {
    const age = this.deps.now().getTime() - Date.parse(lastSeen);
    return age > this.settings.offlineAfterSeconds * 1000;
  }

  // Changes for one kiosk run one after another, so that the memory copy
  // follows the store in order.
  // A failure is logged by #serial; the caller (a kiosk message) goes on.
  #apply(kioskId: string, changes: readonly RuleChange[]): Promise<void> {
    return this.#run(kioskId, changes).catch(() => undefined);
  }

  #run(kioskId: string, changes: readonly RuleChange[]): Promise<void> {
    return this.#serial(kioskId, async () => {
      // A revoked kiosk raises nothing: a late message must not re-open.
      const revoked = this.deps.registry.isRevoked(kioskId);
      for (const change of changes) {
        const active = this.#active.get(kioskId)?.get(change.rule);
        if (change.holds && active === undefined && !revoked) {
          await this.#open(kioskId, change.rule, change.detail);
        } else if (!change.holds && active !== undefined) {
          const at = this.deps.now().toISOString();
          const resolved = await this.deps.store.resolve(active.id, null, at);
          // Resolved elsewhere already (staff, another node): forget it.
          if (resolved === undefined) this.#forget(active);
          else this.#changed(resolved);
        }
      }
    });
  }

  async #open(kioskId: string, rule: AlertRule, detail: string) {
    const { store, registry } = this.deps;
    const opened = await store.open({
      kioskId,
      ward: registry.placeOf(kioskId)?.ward ?? '',
      rule,
      severity: severityOf(rule),
      detail,
      at: this.deps.now().toISOString(),
    });
    // Another node opened it first: take theirs into memory.
    const alert = opened ?? (await store.activeFor(kioskId, rule));
    if (alert === undefined) return;
    if (opened === undefined) this.#remember(alert);
    else this.#changed(alert);
  }

  #serial(kioskId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.#queues.get(kioskId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch((error: unknown) => {
      this.deps.logger.log('store-write-failed', 'failure', {
        kioskId,
        message: 'alert',
        reason: error instanceof Error ? error.message : String(error),
      });
    });
    this.#queues.set(kioskId, settled);
    void settled.then(() => {
      if (this.#queues.get(kioskId) === settled) this.#queues.delete(kioskId);
    });
    return next;
  }

  #changed(alert: AlertView): void {
    const { logger, staff, registry } = this.deps;
    if (alert.state === 'resolved') this.#forget(alert);
    else this.#remember(alert);
    const fields = {
      alertId: alert.id,
      kioskId: alert.kioskId,
      rule: alert.rule,
      severity: alert.severity,
    };
    if (alert.state === 'open') {
      logger.log('alert-opened', 'n/a', { ...fields, detail: alert.detail });
    } else if (alert.state === 'acknowledged') {
      logger.log('alert-acknowledged', 'success', {
        ...fields,
        by: alert.acknowledgedBy,
      });
    } else {
      logger.log('alert-resolved', 'success', {
        ...fields,
        by: alert.resolvedBy ?? 'condition cleared',
      });
    }
    staff.alertUpdated(alert);
    staff.kioskUpdated(registry.view(alert.kioskId));
  }

  #remember(alert: AlertView): void {
    let rules = this.#active.get(alert.kioskId);
    if (rules === undefined) {
      rules = new Map();
      this.#active.set(alert.kioskId, rules);
    }
    rules.set(alert.rule, alert);
  }

  #forget(alert: AlertView): void {
    const rules = this.#active.get(alert.kioskId);
    if (rules?.get(alert.rule)?.id === alert.id) rules.delete(alert.rule);
  }
}
