/**
 * Wakes the push sender of every connected socket of a kiosk when items are
 * appended to its stream. In memory: one central process only.
 *
 * TODO(scale): with several central nodes, wake-ups must cross nodes (the
 * Redis adapter), or a kiosk on another node waits for its next reconnect.
 */
export class PushHub {
  readonly #listeners = new Map<string, Set<() => void>>();

  /** Calls `wake` on each append for `kioskId`; returns the unsubscribe. */
  subscribe(kioskId: string, wake: () => void): () => void {
    let set = this.#listeners.get(kioskId);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(kioskId, set);
    }
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.#listeners.delete(kioskId);
    };
  }

  notify(kioskIds: Iterable<string>): void {
    for (const kioskId of kioskIds) {
      for (const wake of this.#listeners.get(kioskId) ?? []) wake();
    }
  }
}
