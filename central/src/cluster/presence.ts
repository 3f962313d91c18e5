import type { Logger } from '@motcua/protocol';
import type { KioskHold, KioskPlace, LatestEvent } from '../kiosk/registry';
import type { ClusterKeys } from './keys';
import type { PresenceMessage } from './messages';
import { parseHold } from './messages';
import type { RedisClient } from './redis';

/** One node's claim on one kiosk, as read back from Redis. */
export interface StoredHold {
  readonly kioskId: string;
  readonly node: string;
  readonly hold: KioskHold;
}

/**
 * The shared picture in Redis: a hash per kiosk (node id → latest hold)
 * that expires unless renewed, the nodes' renewal times, and the presence
 * channel. Writes are fire-and-forget: a failure is counted and logged once
 * per outage by the client, and the next renewal writes the state again.
 */
export class RedisPresence {
  readonly #client: RedisClient;
  readonly #keys: ClusterKeys;
  readonly #node: string;
  readonly #ttlMs: number;
  readonly #logger: Logger;
  #failedWrites = 0;

  constructor(
    client: RedisClient,
    keys: ClusterKeys,
    node: string,
    ttlMs: number,
    logger: Logger,
  ) {
    this.#client = client;
    this.#keys = keys;
    this.#node = node;
    this.#ttlMs = ttlMs;
    this.#logger = logger;
  }

  /** Writes failed since start (Redis down); for logs and tests. */
  get failedWrites(): number {
    return this.#failedWrites;
  }

  held(kioskId: string, hold: KioskHold): void {
    this.#write(this.#client.multi(), kioskId, hold);
    this.#publish({ from: this.#node, kind: 'held', kioskId, hold });
  }

  released(kioskId: string, at: string): void {
    this.#run(this.#client.hDel(this.#keys.kiosk(kioskId), this.#node));
    this.#publish({ from: this.#node, kind: 'released', kioskId, at });
  }

  event(kioskId: string, event: LatestEvent): void {
    this.#publish({ from: this.#node, kind: 'event', kioskId, event });
  }

  enrolled(kioskId: string, place: KioskPlace | undefined): void {
    this.#publish({
      from: this.#node,
      kind: 'enrolled',
      kioskId,
      ...(place === undefined ? {} : { place }),
    });
  }

  /** Tells the other nodes that these kiosks have new push items. */
  wake(kioskIds: readonly string[]): void {
    const message = JSON.stringify({ from: this.#node, kioskIds });
    this.#run(this.#client.publish(this.#keys.wake, message));
  }

  /**
   * Says this node is alive at `at` (its clock) and writes again every
   * kiosk it holds, which keeps their keys from expiring.
   */
  async renew(at: string, holds: ReadonlyMap<string, KioskHold>) {
    const batch = this.#client.multi().hSet(this.#keys.nodes, this.#node, at);
    for (const [kioskId, hold] of holds) this.#add(batch, kioskId, hold);
    await batch.execAsPipeline();
  }

  /** Node ids whose last renewal is within the TTL of `at`; prunes others. */
  async aliveNodes(at: Date): Promise<Set<string>> {
    const renewals = await this.#client.hGetAll(this.#keys.nodes);
    const alive = new Set([this.#node]);
    const dead: string[] = [];
    for (const [node, renewedAt] of Object.entries(renewals)) {
      const age = at.getTime() - Date.parse(renewedAt);
      if (node === this.#node || age < this.#ttlMs) alive.add(node);
      else dead.push(node);
    }
    if (dead.length > 0) await this.#client.hDel(this.#keys.nodes, dead);
    return alive;
  }

  /** Every hold in Redis (a node starting up reads the others' kiosks). */
  async loadHolds(): Promise<StoredHold[]> {
    const holds: StoredHold[] = [];
    const prefix = this.#keys.kiosk('');
    const scan = { MATCH: this.#keys.kioskPattern, COUNT: 500 };
    for await (const keys of this.#client.scanIterator(scan)) {
      const hashes = await Promise.all(
        keys.map((key) => this.#client.hGetAll(key)),
      );
      for (const [index, hash] of hashes.entries()) {
        const kioskId = (keys[index] ?? '').slice(prefix.length);
        for (const [node, json] of Object.entries(hash)) {
          const hold = readHold(json);
          if (hold !== undefined) holds.push({ kioskId, node, hold });
        }
      }
    }
    return holds;
  }

  /** Takes this node out of the nodes hash (a clean stop). */
  async leave(): Promise<void> {
    await this.#client.hDel(this.#keys.nodes, this.#node);
  }

  #write(batch: Batch, kioskId: string, hold: KioskHold) {
    this.#run(this.#add(batch, kioskId, hold).execAsPipeline());
  }

  #add(batch: Batch, kioskId: string, hold: KioskHold): Batch {
    const key = this.#keys.kiosk(kioskId);
    return batch
      .hSet(key, this.#node, JSON.stringify(hold))
      .pExpire(key, this.#ttlMs);
  }

  #publish(message: PresenceMessage) {
    const json = JSON.stringify(message);
    this.#run(this.#client.publish(this.#keys.presence, json));
  }

  #run(write: Promise<unknown>) {
    write.catch(() => {
      this.#failedWrites += 1;
      if (this.#failedWrites === 1 || this.#failedWrites % 1000 === 0) {
        this.#logger.log('store-write-failed', 'failure', {
          store: 'redis',
          failedWrites: this.#failedWrites,
        });
      }
    });
  }
}

type Batch = ReturnType<RedisClient['multi']>;

function readHold(json: string): KioskHold | undefined {
  try {
    return parseHold(JSON.parse(json));
  } catch {
    return undefined;
  }
}
