import type { ByteLink, LinkState } from '../../transport/types';

/**
 * An in-memory link whose far end is a function: each write is handed to
 * `answer`, and whatever it returns comes back as separate chunks, in
 * order, on later turns of the event loop.
 */
export function scriptedLink(
  answer: (written: Uint8Array) => readonly Uint8Array[],
) {
  const dataListeners = new Set<(chunk: Uint8Array) => void>();
  const stateListeners = new Set<(state: LinkState) => void>();
  let state: LinkState = { state: 'open' };
  const written: Uint8Array[] = [];

  const deliver = (chunks: readonly Uint8Array[]) => {
    let turn = Promise.resolve();
    for (const chunk of chunks) {
      turn = turn.then(
        () =>
          new Promise<void>((resolve) =>
            setImmediate(() => {
              dataListeners.forEach((listener) => listener(chunk));
              resolve();
            }),
          ),
      );
    }
  };

  const link: ByteLink = {
    description: 'scripted',
    async write(bytes) {
      if (state.state !== 'open') {
        return {
          ok: false,
          error: { code: 'disconnected', message: 'not open' },
        };
      }
      written.push(bytes);
      deliver(answer(bytes));
      return { ok: true };
    },
    onData(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    state: () => state,
    async close() {
      state = { state: 'closed' };
      stateListeners.forEach((listener) => listener(state));
    },
  };

  return {
    link,
    written,
    /** Bytes from the printer that nobody asked for. */
    push: (...chunks: Uint8Array[]) => deliver(chunks),
  };
}

/** True when `bytes` is `DLE EOT n`; returns n. */
export function statusRequest(bytes: Uint8Array): number | undefined {
  return bytes.length === 3 && bytes[0] === 0x10 && bytes[1] === 0x04
    ? bytes[2]
    : undefined;
}
