/** How long another node's kiosks stay online after it stops renewing. */
export const DEFAULT_PRESENCE_TTL_MS = 30_000;
export const DEFAULT_KEY_PREFIX = 'motcua:';

// Letters, digits and `:_.-` only: the prefix also goes into a SCAN
// pattern, where `*?[]` would match more than this deployment's keys.
const PREFIX_PATTERN = /^[A-Za-z0-9:_.-]{0,64}$/;

export interface ClusterKeys {
  /** socket.io's Redis adapter channels start with this. */
  readonly adapter: string;
  /** Hash: node id → when that node last renewed (its clock, ISO). */
  readonly nodes: string;
  /** Hash per kiosk: node id → `KioskHold` JSON; expires unless renewed. */
  kiosk(kioskId: string): string;
  readonly kioskPattern: string;
  /** Pub/sub: presence changes (`PresenceMessage`). */
  readonly presence: string;
  /** Pub/sub: kiosks with new push items (`WakeMessage`). */
  readonly wake: string;
}

/** Every Redis key and channel of one deployment (or one test run). */
export function clusterKeys(prefix: string): ClusterKeys {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new TypeError(
      `redisKeyPrefix "${prefix}" may hold only letters, digits and :_.-`,
    );
  }
  return {
    adapter: `${prefix}socket.io`,
    nodes: `${prefix}nodes`,
    kiosk: (kioskId) => `${prefix}kiosk:${kioskId}`,
    kioskPattern: `${prefix}kiosk:*`,
    presence: `${prefix}presence`,
    wake: `${prefix}wake`,
  };
}
