/**
 * Central's own counters since start, in memory: what the kiosk intake and
 * the handshake check have done. Gauges are not kept here; they are read
 * from the kiosk registry when `/metrics` is scraped.
 */
export class CentralCounters {
  #dossiersReceived = 0;
  #dossierDuplicates = 0;
  readonly #kioskEvents = new Map<string, number>();
  readonly #handshakesRefused = new Map<string, number>();

  /** A delivered dossier was committed for the first time. */
  dossierStored(): void {
    this.#dossiersReceived += 1;
  }

  /** A delivered dossier was already stored; the retry changed nothing. */
  dossierDuplicate(): void {
    this.#dossierDuplicates += 1;
  }

  /** A new kiosk event (not a redelivery) was stored. */
  kioskEventStored(kind: string): void {
    bump(this.#kioskEvents, kind);
  }

  /** A `/kiosk` handshake was refused with this error code. */
  handshakeRefused(code: string): void {
    bump(this.#handshakesRefused, code);
  }

  get dossiersReceived(): number {
    return this.#dossiersReceived;
  }

  get dossierDuplicates(): number {
    return this.#dossierDuplicates;
  }

  get kioskEvents(): ReadonlyMap<string, number> {
    return this.#kioskEvents;
  }

  get handshakesRefused(): ReadonlyMap<string, number> {
    return this.#handshakesRefused;
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
