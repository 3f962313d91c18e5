import type { KioskHeartbeat } from '@motcua/protocol';
import type { KioskView } from '../views';

interface KioskState {
  readonly sockets: Set<string>;
  lastSeen: string | null;
  heartbeat: KioskHeartbeat | null;
}

/**
 * The live picture of every kiosk, in memory: which are connected, when each
 * was last heard from, and its latest heartbeat. Last-seen times are seeded
 * from the store so that a restart of central does not forget them.
 */
export class KioskRegistry {
  readonly #kiosks = new Map<string, KioskState>();

  constructor(knownIds: Iterable<string>, lastSeen: Map<string, string>) {
    for (const id of knownIds) this.#state(id);
    for (const [id, seen] of lastSeen) this.#state(id).lastSeen = seen;
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

  view(kioskId: string): KioskView {
    const state = this.#state(kioskId);
    return {
      id: kioskId,
      online: state.sockets.size > 0,
      lastSeen: state.lastSeen,
      heartbeat: state.heartbeat,
    };
  }

  all(): KioskView[] {
    return [...this.#kiosks.keys()]
      .sort((a, b) => a.localeCompare(b))
      .map((id) => this.view(id));
  }

  #state(kioskId: string): KioskState {
    let state = this.#kiosks.get(kioskId);
    if (state === undefined) {
      state = { sockets: new Set(), lastSeen: null, heartbeat: null };
      this.#kiosks.set(kioskId, state);
    }
    return state;
  }
}
