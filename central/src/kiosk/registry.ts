import type { KioskHeartbeat } from '@motcua/protocol';
import type { KioskEventView } from '../context';
import { subjectOf } from './event-subject';
import type { KioskHealth, KioskView } from '../views';

interface KioskState {
  readonly sockets: Set<string>;
  lastSeen: string | null;
  heartbeat: KioskHeartbeat | null;
  health: KioskHealth;
}

type LatestEvent = Omit<KioskEventView, 'kioskId'>;

/**
 * The live picture of every kiosk, in memory: which are connected, when each
 * was last heard from, its latest heartbeat and its latest health event per
 * subject. Last-seen times and events are seeded from the store so that a
 * restart of central does not forget them.
 */
export class KioskRegistry {
  readonly #kiosks = new Map<string, KioskState>();

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

  /** A kiosk that just enrolled shows on the board before it connects. */
  enrolled(kioskId: string): KioskView {
    return this.view(kioskId);
  }

  connected(kioskId: string, socketId: string, at: string): KioskView {
    const state = this.#state(kioskId);
    state.sockets.add(socketId);
    state.lastSeen = at;
    return this.view(kioskId);
  }

  disconnected(kioskId: string, socketId: string, at: string): KioskView {
    const state = this.#state(kioskId);
    state.sockets.delete(socketId);
    state.lastSeen = at;
    return this.view(kioskId);
  }

  heartbeat(heartbeat: KioskHeartbeat, at: string): KioskView {
    const state = this.#state(heartbeat.kioskId);
    state.heartbeat = heartbeat;
    state.lastSeen = at;
    return this.view(heartbeat.kioskId);
  }

  event(kioskId: string, event: LatestEvent): KioskView {
    this.#remember(this.#state(kioskId), event);
    return this.view(kioskId);
  }

  view(kioskId: string): KioskView {
    const state = this.#state(kioskId);
    return {
      id: kioskId,
      online: state.sockets.size > 0,
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
        lastSeen: null,
        heartbeat: null,
        health: {},
      };
      this.#kiosks.set(kioskId, state);
    }
    return state;
  }
}
