/**
 * Wakes the push sender of every connected socket of a kiosk when items are
 * appended to its stream. With several central nodes the cluster sets a
 * relay, so that an append on one node wakes a kiosk held by another at
 * once rather than at its next reconnect.
 */
export class PushHub {
  readonly #listeners = new Map<string, Set<() => void>>();
  #relay: ((kioskIds: string[]) => void) | undefined;

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

  /** From now on, every append is also passed to `relay` (other nodes). */
  relayTo(relay: (kioskIds: string[]) => void): void {
    this.#relay = relay;
  }

  /** Items were appended for these kiosks, on this node. */
  notify(kioskIds: Iterable<string>): void {
    const ids = [...kioskIds];
    this.wakeHere(ids);
    if (ids.length > 0) this.#relay?.(ids);
  }

  /** Wakes this node's senders only (an append relayed from another node). */
  wakeHere(kioskIds: Iterable<string>): void {
    for (const kioskId of kioskIds) {
      for (const wake of this.#listeners.get(kioskId) ?? []) wake();
    }
  }
}
