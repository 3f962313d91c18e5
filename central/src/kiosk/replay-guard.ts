/**
 * Remembers each proof a kiosk has used until it is too old to pass the
 * clock check anyway, so that a captured handshake cannot be played again.
 *
 * TODO(scale): in memory, so a restart of central or a second node forgets
 * what was used; it needs a shared store (Redis with a TTL) once central
 * runs on several nodes.
 */
export class ReplayGuard {
  readonly #seen = new Map<string, number>();
  #nextSweep = 0;

  /** False when `proof` was already used and has not expired yet. */
  claim(proof: string, expiresAtMs: number, nowMs: number): boolean {
    this.#sweep(nowMs);
    const expiry = this.#seen.get(proof);
    if (expiry !== undefined && expiry > nowMs) return false;
    this.#seen.set(proof, expiresAtMs);
    return true;
  }

  // A full pass at most once a minute keeps a handshake cheap.
  #sweep(nowMs: number): void {
    if (nowMs < this.#nextSweep) return;
    this.#nextSweep = nowMs + 60_000;
    for (const [proof, expiry] of this.#seen) {
      if (expiry <= nowMs) this.#seen.delete(proof);
    }
  }
}
