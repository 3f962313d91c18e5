import type { Result } from '@motcua/protocol';
import type {
  BackoffOptions,
  ByteLink,
  LinkLogger,
  Scheduler,
} from '../transport';
import { realScheduler, silentLinkLogger } from '../transport';
import type { DeviceConfig, RoleName } from './config';
import { ROLE_NAMES } from './config';
import type { Discovery, DiscoveryOptions } from './discovery';
import { DEFAULT_BY_ID_DIR, discoverDevices } from './discovery';
import type { HealthListener, RoleHealth } from './health';
import type { HidEnumerator } from './hid';
import { loadNodeHid } from './hid';
import { defaultLinkOpener } from './link-opener';
import type { LinkOpener } from './link-opener';
import type { RoleLink } from './role-link';
import { createRoleLink } from './role-link';
import type { HealthVerdict } from './role-mapping';
import { healthFromLink, mapRole } from './role-mapping';

export interface DeviceManagerOptions {
  readonly config: DeviceConfig;
  readonly byIdDir?: string;
  /** Defaults to loading node-hid; tests pass a fake enumerator. */
  readonly loadHid?: () => Promise<Result<HidEnumerator, string>>;
  readonly listPorts?: DiscoveryOptions['listPorts'];
  readonly openLink?: LinkOpener;
  /** How often to look again for roles whose device is not found. */
  readonly rescanMs?: number;
  readonly reconnect?: BackoffOptions;
  readonly watchdogMs?: number;
  readonly scheduler?: Scheduler;
  readonly now?: () => Date;
  readonly logger?: LinkLogger;
}

export const DEVICE_MANAGER_DEFAULTS = { rescanMs: 2_000 } as const;

export interface DeviceManager {
  /** Loads node-hid, discovers, links every mapped role, starts rescans. */
  start(): Promise<Discovery>;
  /** One discovery pass now; roles still unlinked get another chance. */
  rescan(): Promise<Discovery>;
  health(): RoleHealth[];
  onHealth(listener: HealthListener): () => void;
  /** A link for the role's driver, usable before the device is found. */
  link(role: RoleName): ByteLink;
  /** Closes every link and stops rescanning. */
  close(): Promise<void>;
}

interface RoleSlot {
  readonly link: RoleLink;
  everOpened: boolean;
  health?: RoleHealth;
}

export function createDeviceManager(
  options: DeviceManagerOptions,
): DeviceManager {
  const scheduler = options.scheduler ?? realScheduler;
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLinkLogger;
  const openLink = options.openLink ?? defaultLinkOpener(options);
  const rescanMs = options.rescanMs ?? DEVICE_MANAGER_DEFAULTS.rescanMs;
  const byIdDir = options.byIdDir ?? DEFAULT_BY_ID_DIR;
  const listeners = new Set<HealthListener>();
  const slots = new Map<RoleName, RoleSlot>();
  let hid: HidEnumerator | { unavailable: string } | undefined;
  let stopRescan = (): void => {};
  let closed = false;

  for (const role of ROLE_NAMES) {
    slots.set(role, {
      link: createRoleLink(`role:${role}`),
      everOpened: false,
    });
  }

  function report(role: RoleName, verdict: HealthVerdict): void {
    const slot = slots.get(role);
    const previous = slot?.health;
    if (slot === undefined || closed) return;
    if (previous?.state === verdict.state && previous.detail === verdict.detail)
      return;

    const since =
      previous?.state === verdict.state ? previous.since : now().toISOString();
    const health = { role, ...verdict, since } as RoleHealth;
    slot.health = health;
    logger.log(
      'device-health-changed',
      verdict.state === 'ready' ? 'success' : 'failure',
      {
        role,
        state: verdict.state,
        detail: verdict.detail,
      },
    );
    for (const listener of [...listeners]) listener(health);
  }

  function linkRole(role: RoleName, slot: RoleSlot, link: ByteLink): void {
    link.onState((state) => {
      if (state.state === 'open') slot.everOpened = true;
      const verdict = healthFromLink(state, slot.everOpened, link.description);
      if (verdict !== undefined) report(role, verdict);
    });
    slot.link.attach(link);
    const verdict = healthFromLink(
      link.state(),
      slot.everOpened,
      link.description,
    );
    if (verdict !== undefined) report(role, verdict);
  }

  async function rescan(): Promise<Discovery> {
    const discovery = await discoverDevices({
      byIdDir,
      hid,
      config: options.config,
      listPorts: options.listPorts,
    });
    if (closed) return discovery;

    for (const [role, slot] of slots) {
      const spec = options.config.roles[role];
      if (spec === undefined || slot.link.inner() !== undefined) continue;
      const unavailable =
        hid !== undefined && 'unavailable' in hid ? hid.unavailable : undefined;
      const mapping = mapRole(role, spec, discovery, unavailable);
      if (mapping.kind === 'link')
        linkRole(role, slot, openLink(mapping.target));
      else report(role, mapping);
    }
    return discovery;
  }

  function scheduleRescan(): void {
    stopRescan = scheduler.after(rescanMs, () => {
      void rescan().then(() => {
        if (!closed) scheduleRescan();
      });
    });
  }

  return {
    async start() {
      const loaded = await (options.loadHid ?? loadNodeHid)();
      hid = loaded.ok ? loaded.value : { unavailable: loaded.error };
      const discovery = await rescan();
      for (const issue of discovery.issues) {
        logger.log('device-discovery-issue', 'failure', { issue });
      }
      if (!closed) scheduleRescan();
      return discovery;
    },
    rescan,
    health: () =>
      [...slots.values()].flatMap((slot) =>
        slot.health === undefined ? [] : [slot.health],
      ),
    onHealth(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    link(role) {
      const slot = slots.get(role);
      if (slot === undefined) throw new Error(`unknown role ${role}`);
      return slot.link;
    },
    async close() {
      closed = true;
      stopRescan();
      await Promise.all([...slots.values()].map((slot) => slot.link.close()));
    },
  };
}
