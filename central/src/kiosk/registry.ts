import type { KioskHeartbeat } from '@motcua/protocol';
import type { KioskEventView } from '../context';
import { subjectOf } from './event-subject';
import type { KioskHealth, KioskStatus, KioskView } from '../views';

/** Where a kiosk stands: its slot's ward and address. */
export interface KioskPlace {
  readonly ward: string;
  readonly address: string;
}

/** What the alert engine derives for the board (alerts/engine.ts). */
export interface KioskCondition {
  readonly status: KioskStatus;
  readonly openAlerts: number;
}

export type ConditionOf = (
  kioskId: string,
  lastSeen: string | null,
) => KioskCondition;

/** What a node knows of a kiosk it holds: last heard, latest heartbeat. */
export interface KioskHold {
  readonly lastSeen: string;
  readonly heartbeat: KioskHeartbeat | null;
}

export type LatestEvent = Omit<KioskEventView, 'kioskId'>;

/**
 * Where this node tells the other central nodes what changed for the kiosks
 * it holds (set by the cluster; absent on a single node).
 */
export interface PresenceShare {
  held(kioskId: string, hold: KioskHold): void;
  /** No socket of the kiosk is left on this node. */
  released(kioskId: string, at: string): void;
  event(kioskId: string, event: LatestEvent): void;
  enrolled(kioskId: string, place: KioskPlace | undefined): void;
}

interface KioskState {
  /** This node's sockets of the kiosk. */
  readonly sockets: Set<string>;
  /** Other nodes holding a socket of the kiosk, by node id. */
  readonly holders: Map<string, KioskHold>;
  lastSeen: string | null;
  heartbeat: KioskHeartbeat | null;
  health: KioskHealth;
}

/**
 * The live picture of every kiosk, in memory: which are connected (here or,
 * with several nodes, on another node), when each was last heard from, its
 * latest heartbeat and its latest health event per subject. Last-seen times
 * and events are seeded from the store so that a restart of central does
 * not forget them.
 */
export class KioskRegistry {
  readonly #kiosks = new Map<string, KioskState>();
  readonly #places = new Map<string, KioskPlace>();
  /** Kiosks whose key was revoked and whose slot was not enrolled again. */
  readonly #revoked = new Set<string>();
  #share: PresenceShare | undefined;
  #conditionOf: ConditionOf = (_kioskId, lastSeen) => ({
    status: lastSeen === null ? 'offline' : 'ok',
    openAlerts: 0,
  });

  constructor(
    knownIds: Iterable<string>,
    lastSeen: Map<string, string>,
    latestEvents: Iterable<KioskEventView> = [],
  ) {
    for (const id of knownIds) this.#state(id);
    for (const [id, seen] of lastSeen) this.#state(id).lastSeen = seen;
    for (const { kioskId, ...event } of latestEvents) {
      this.#remember(this.#state(kioskId), event);
    }
  }

  /** From now on, every local change is also told to `share`. */
  shareWith(share: PresenceShare): void {
    this.#share = share;
  }

  /** Ward and address of a kiosk, for its view. */
  place(kioskId: string, place: KioskPlace): void {
    this.#places.set(kioskId, { ward: place.ward, address: place.address });
  }

  placeOf(kioskId: string): KioskPlace | undefined {
    return this.#places.get(kioskId);
  }

  /** Status and open alerts come from here (the alert engine). */
  deriveConditionWith(conditionOf: ConditionOf): void {
    this.#conditionOf = conditionOf;
  }

  /** A kiosk that just enrolled shows on the board before it connects. */
  enrolled(kioskId: string, place?: KioskPlace): KioskView {
    if (place !== undefined) this.place(kioskId, place);
    this.#state(kioskId);
    this.#revoked.delete(kioskId);
    this.#share?.enrolled(kioskId, this.#places.get(kioskId));
    return this.view(kioskId);
  }

  /**
   * The kiosk's key was revoked (now, or before central started): it shows
   * as revoked until its slot is enrolled again.
   * TODO(scale): other central nodes learn of it only at their next start;
   * send it over the cluster's presence share like `enrolled`.
   */
  revoked(kioskId: string): KioskView {
    this.#state(kioskId);
    this.#revoked.add(kioskId);
    return this.view(kioskId);
  }

  isRevoked(kioskId: string): boolean {
    return this.#revoked.has(kioskId);
  }

  connected(kioskId: string, socketId: string, at: string): KioskView {
    const state = this.#state(kioskId);
    state.sockets.add(socketId);
    state.lastSeen = at;
    this.#share?.held(kioskId, { lastSeen: at, heartbeat: state.heartbeat });
    return this.view(kioskId);
  }

  disconnected(kioskId: string, socketId: string, at: string): KioskView {
    const state = this.#state(kioskId);
    state.sockets.delete(socketId);
    state.lastSeen = at;
    if (state.sockets.size === 0) this.#share?.released(kioskId, at);
    return this.view(kioskId);
  }

  heartbeat(heartbeat: KioskHeartbeat, at: string): KioskView {
    const state = this.#state(heartbeat.kioskId);
    state.heartbeat = heartbeat;
    state.lastSeen = at;
    this.#share?.held(heartbeat.kioskId, { lastSeen: at, heartbeat });
    return this.view(heartbeat.kioskId);
  }

  event(kioskId: string, event: LatestEvent): KioskView {
    this.#remember(this.#state(kioskId), event);
    this.#share?.event(kioskId, event);
    return this.view(kioskId);
  }

  /** Another node holds the kiosk and says how it is. */
  heldElsewhere(kioskId: string, node: string, hold: KioskHold): void {
    const state = this.#state(kioskId);
    state.holders.set(node, hold);
    if (hold.heartbeat !== null) state.heartbeat = hold.heartbeat;
    state.lastSeen = later(state.lastSeen, hold.lastSeen);
  }

  /** Another node has no socket of the kiosk any more. */
  releasedElsewhere(kioskId: string, node: string, at: string): void {
    const state = this.#state(kioskId);
    state.holders.delete(node);
    state.lastSeen = later(state.lastSeen, at);
  }

  /** A health event that another node received. */
  eventElsewhere(kioskId: string, event: LatestEvent): void {
    this.#remember(this.#state(kioskId), event);
  }

  /** A kiosk enrolled through another node. */
  enrolledElsewhere(kioskId: string, place: KioskPlace | undefined): void {
    if (place !== undefined) this.place(kioskId, place);
    this.#state(kioskId);
    this.#revoked.delete(kioskId);
  }

  /**
   * Forgets what nodes that are no longer alive said they hold; returns the
   * kiosks that this leaves offline.
   */
  dropDeadHolders(isAlive: (node: string) => boolean): KioskView[] {
    const offline: KioskView[] = [];
    for (const [kioskId, state] of this.#kiosks) {
      if (state.holders.size === 0) continue;
      const wasOnline = isOnline(state);
      for (const node of state.holders.keys()) {
        if (!isAlive(node)) state.holders.delete(node);
      }
      if (wasOnline && !isOnline(state)) offline.push(this.view(kioskId));
    }
    return offline;
  }

  /** The kiosks this node holds a socket of. */
  heldHere(): string[] {
    const ids: string[] = [];
    for (const [id, state] of this.#kiosks) {
      if (state.sockets.size > 0) ids.push(id);
    }
    return ids;
  }

  view(kioskId: string): KioskView {
    const state = this.#state(kioskId);
    const place = this.#places.get(kioskId);
    const condition = this.#conditionOf(kioskId, state.lastSeen);
    return {
      id: kioskId,
      ward: place?.ward ?? '',
      address: place?.address ?? '',
      status: this.#revoked.has(kioskId) ? 'revoked' : condition.status,
      openAlerts: condition.openAlerts,
      online: isOnline(state),
      lastSeen: state.lastSeen,
      heartbeat: state.heartbeat,
      health: { ...state.health },
    };
  }

  all(): KioskView[] {
    return [...this.#kiosks.keys()]
      .sort((a, b) => a.localeCompare(b))
      .map((id) => this.view(id));
  }

  // Events come through the outbox in order, but an older one may still
  // arrive late after a retry; it must not hide a newer state.
  #remember(state: KioskState, event: LatestEvent): void {
    const subject = subjectOf(event.kind);
    const previous = state.health[subject];
    if (
      previous !== undefined &&
      Date.parse(previous.at) > Date.parse(event.at)
    ) {
      return;
    }
    state.health = { ...state.health, [subject]: event };
  }

  #state(kioskId: string): KioskState {
    let state = this.#kiosks.get(kioskId);
    if (state === undefined) {
      state = {
        sockets: new Set(),
        holders: new Map(),
        lastSeen: null,
        heartbeat: null,
        health: {},
      };
      this.#kiosks.set(kioskId, state);
    }
    return state;
  }
}

function isOnline(state: KioskState): boolean {
  return state.sockets.size > 0 || state.holders.size > 0;
}

function later(a: string | null, b: string): string {
  return a === null || Date.parse(b) > Date.parse(a) ? b : a;
}
