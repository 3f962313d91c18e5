import type { ByteLink, LinkState } from '../types';

/** Resolves with the next state named `name`, or at once if already in it. */
export function waitForState<S extends LinkState['state']>(
  link: ByteLink,
  name: S,
): Promise<Extract<LinkState, { state: S }>> {
  const now = link.state();
  if (now.state === name) {
    return Promise.resolve(now as Extract<LinkState, { state: S }>);
  }
  return new Promise((resolve) => {
    const off = link.onState((state) => {
      if (state.state !== name) return;
      off();
      resolve(state as Extract<LinkState, { state: S }>);
    });
  });
}

/** Collects bytes from `link` until `count` have arrived. */
export function readBytes(link: ByteLink, count: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  return new Promise((resolve) => {
    const off = link.onData((chunk) => {
      parts.push(Buffer.from(chunk));
      total += chunk.length;
      if (total < count) return;
      off();
      resolve(Buffer.concat(parts));
    });
  });
}
