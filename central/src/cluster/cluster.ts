import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from '@motcua/protocol';
import type { PushHub } from '../kiosk/push-hub';
import type { KioskHold, KioskRegistry } from '../kiosk/registry';
import type { KioskView } from '../views';
import {
  clusterKeys,
  DEFAULT_KEY_PREFIX,
  DEFAULT_PRESENCE_TTL_MS,
} from './keys';
import { parsePresenceMessage, parseWakeMessage } from './messages';
import type { PresenceMessage } from './messages';
import { RedisPresence } from './presence';
import { connectRedis } from './redis';

export interface ClusterOptions {
  readonly redisUrl: string;
  /** Put before every Redis key and channel; tests use one per run. */
  readonly keyPrefix?: string;
  /**
   * How long another node's kiosks stay online after that node stops
   * renewing (it died or lost Redis). Nodes renew every third of it.
   */
  readonly presenceTtlMs?: number;
}

/** What the cluster keeps in step on this node. */
export interface ClusterParts {
  readonly registry: KioskRegistry;
  readonly pushes: PushHub;
  /** Shows a kiosk change on this node's staff screens only. */
  readonly showHere: (kiosk: KioskView) => void;
}

export interface ClusterNode {
  readonly nodeId: string;
  /** For `new Server(…, { adapter })`: staff broadcasts reach every node. */
  readonly adapter: ReturnType<typeof createAdapter>;
  /** Loads the other nodes' kiosks and starts sharing; call once. */
  attach(parts: ClusterParts): Promise<void>;
  close(): Promise<void>;
}

/**
 * Joins the central nodes that share `redisUrl`: socket.io's Redis adapter
 * for broadcasts and kiosk cuts, a shared record of which node holds which
 * kiosk with its latest heartbeat, and push wake-ups across nodes.
 */
export async function joinCluster(
  options: ClusterOptions,
  logger: Logger,
  now: () => Date,
): Promise<ClusterNode> {
  const keys = clusterKeys(options.keyPrefix ?? DEFAULT_KEY_PREFIX);
  const ttlMs = options.presenceTtlMs ?? DEFAULT_PRESENCE_TTL_MS;
  if (!Number.isFinite(ttlMs) || ttlMs < 300) {
    throw new TypeError('presenceTtlMs must be at least 300 ms');
  }
  const suffix = randomBytes(3).toString('hex');
  const nodeId = `${hostname()}:${String(process.pid)}:${suffix}`;
  const redis = await connectRedis(options.redisUrl, logger);
  const presence = new RedisPresence(redis.pub, keys, nodeId, ttlMs, logger);
  let timer: NodeJS.Timeout | undefined;

  const attach = async (parts: ClusterParts) => {
    const { registry, pushes } = parts;
    await presence.renew(now().toISOString(), new Map());

    // Subscribe before reading Redis, so that no change falls in between.
    await redis.sub.subscribe(keys.presence, (raw) => {
      const parsed = parsePresenceMessage(raw);
      if (!parsed.ok) {
        logger.log('message-rejected', 'failure', {
          message: 'cluster.presence',
          error: parsed.error,
        });
        return;
      }
      if (parsed.value.from !== nodeId) apply(registry, parsed.value);
    });
    await redis.sub.subscribe(keys.wake, (raw) => {
      const parsed = parseWakeMessage(raw);
      if (parsed.ok && parsed.value.from !== nodeId) {
        pushes.wakeHere(parsed.value.kioskIds);
      }
    });

    const alive = await presence.aliveNodes(now());
    const holds = await presence.loadHolds();
    for (const { kioskId, node, hold } of holds) {
      if (alive.has(node)) registry.heldElsewhere(kioskId, node, hold);
    }
    registry.shareWith(presence);
    pushes.relayTo((kioskIds) => presence.wake(kioskIds));

    let ticking = false;
    timer = setInterval(() => {
      if (ticking) return;
      ticking = true;
      renewAndSweep(parts).finally(() => {
        ticking = false;
      });
    }, ttlMs / 3);
    timer.unref();
    logger.log('cluster-joined', 'success', {
      node: nodeId,
      prefix: options.keyPrefix ?? DEFAULT_KEY_PREFIX,
      presenceTtlMs: ttlMs,
      nodesAlive: alive.size,
      kioskHoldsLoaded: holds.length,
    });
  };

  // Renews this node's claims, then shows offline the kiosks of nodes that
  // stopped renewing. Each node tells only its own staff screens: the
  // others do the same sweep.
  const renewAndSweep = async ({ registry, showHere }: ClusterParts) => {
    const at = now();
    try {
      await presence.renew(at.toISOString(), heldHere(registry));
      const alive = await presence.aliveNodes(at);
      const offline = registry.dropDeadHolders((node) => alive.has(node));
      if (offline.length === 0) return;
      logger.log('cluster-node-lost', 'failure', {
        node: nodeId,
        nodesAlive: [...alive],
        kiosksOffline: offline.length,
      });
      for (const kiosk of offline) showHere(kiosk);
    } catch {
      // Redis is down: the client logs the outage; try again next time.
    }
  };

  return {
    nodeId,
    adapter: createAdapter(redis.pub, redis.sub, { key: keys.adapter }),
    attach,
    async close() {
      clearInterval(timer);
      await presence.leave().catch(() => undefined);
      await redis.close();
      logger.log('cluster-left', 'n/a', { node: nodeId });
    },
  };
}

function apply(registry: KioskRegistry, message: PresenceMessage) {
  switch (message.kind) {
    case 'held':
      registry.heldElsewhere(message.kioskId, message.from, message.hold);
      return;
    case 'released':
      registry.releasedElsewhere(message.kioskId, message.from, message.at);
      return;
    case 'event':
      registry.eventElsewhere(message.kioskId, message.event);
      return;
    case 'enrolled':
      registry.enrolledElsewhere(message.kioskId, message.place);
      return;
    default: {
      const unexpected: never = message;
      throw new Error(`Unexpected message ${String(unexpected)}`);
    }
  }
}

function heldHere(registry: KioskRegistry): Map<string, KioskHold> {
  const holds = new Map<string, KioskHold>();
  for (const kioskId of registry.heldHere()) {
    const { lastSeen, heartbeat } = registry.view(kioskId);
    if (lastSeen !== null) holds.set(kioskId, { lastSeen, heartbeat });
  }
  return holds;
}
