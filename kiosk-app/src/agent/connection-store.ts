import type { ProtocolError } from '@motcua/protocol';
import type { ConnectionState } from './agent-link';

export interface ConnectionView {
  readonly state: ConnectionState;
  /** The last incoming message that failed its schema, for the dev panel. */
  readonly lastRejected: string | null;
}

/** A tiny external store for `useSyncExternalStore`. */
export function createConnectionStore() {
  let view: ConnectionView = { state: 'connecting', lastRejected: null };
  const listeners = new Set<() => void>();

  function update(next: Partial<ConnectionView>) {
    view = { ...view, ...next };
    for (const listener of listeners) listener();
  }

  return {
    get: () => view,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setState: (state: ConnectionState) => update({ state }),
    reject: (name: string, error: ProtocolError) =>
      update({ lastRejected: `${name}: ${error.code} ${error.field ?? ''}` }),
  };
}

export type ConnectionStore = ReturnType<typeof createConnectionStore>;
