import type { ByteLink, LinkState } from '../transport';

/**
 * A `ByteLink` a driver can hold from boot, whether or not its device has
 * been found yet. The manager plugs the real link in once the role maps to
 * a device; until then writes answer `disconnected`.
 */
export interface RoleLink extends ByteLink {
  attach(link: ByteLink): void;
  /** The real link, once attached. */
  inner(): ByteLink | undefined;
}

const NOT_FOUND: Extract<LinkState, { state: 'lost' }> = {
  state: 'lost',
  reason: 'no device found for this role yet',
  retryInMs: 0,
};

export function createRoleLink(description: string): RoleLink {
  const dataListeners = new Set<(chunk: Uint8Array) => void>();
  const stateListeners = new Set<(state: LinkState) => void>();
  let inner: ByteLink | undefined;
  let closed = false;

  return {
    description,
    attach(link) {
      if (inner !== undefined || closed) return;
      inner = link;
      link.onData((chunk) => {
        for (const listener of [...dataListeners]) listener(chunk);
      });
      link.onState((state) => {
        for (const listener of [...stateListeners]) listener(state);
      });
      const now = link.state();
      for (const listener of [...stateListeners]) listener(now);
    },
    inner: () => inner,
    write(bytes) {
      if (inner !== undefined) return inner.write(bytes);
      return Promise.resolve({
        ok: false,
        error: {
          code: 'disconnected',
          message: `${description}: ${NOT_FOUND.reason}`,
        },
      });
    },
    onData(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    state() {
      if (closed) return { state: 'closed' };
      return inner?.state() ?? NOT_FOUND;
    },
    async close() {
      if (closed) return;
      closed = true;
      if (inner !== undefined) return inner.close();
      for (const listener of [...stateListeners]) listener({ state: 'closed' });
    },
  };
}
