import type { BackoffOptions } from './backoff';
import { DEFAULT_RECONNECT, fullJitterDelay } from './backoff';
import type { LinkLogger } from './link-log';
import { silentLinkLogger } from './link-log';
import type { Scheduler } from './scheduler';
import { realScheduler } from './scheduler';
import type { ByteLink, LinkResult, LinkState } from './types';

/** One successful open of the device; gone for good once it is lost. */
export interface LinkSession {
  write(bytes: Uint8Array): Promise<LinkResult>;
  /** Closes on purpose. Must not report `lost` afterwards. */
  close(): Promise<void>;
}

/** What a session tells the link that owns it. */
export interface SessionEvents {
  data(chunk: Uint8Array): void;
  /** The device went away. Reported at most once per session. */
  lost(reason: string): void;
}

export type OpenAttempt =
  | { readonly ok: true; readonly session: LinkSession }
  | { readonly ok: false; readonly reason: string };

/** Opens the device once; resolves, never rejects. */
export type Connector = (events: SessionEvents) => Promise<OpenAttempt>;

export interface ReconnectOptions {
  readonly reconnect?: BackoffOptions;
  readonly logger?: LinkLogger;
  readonly scheduler?: Scheduler;
  /** Source of jitter, in [0, 1). */
  readonly random?: () => number;
}

/**
 * Turns a one-shot `connector` into a `ByteLink` that keeps coming back:
 * each time the device is lost or fails to open it waits a jittered,
 * growing delay and tries again, until `close()`.
 */
export function createReconnectingLink(
  description: string,
  connector: Connector,
  options: ReconnectOptions = {},
): ByteLink {
  const backoff = options.reconnect ?? DEFAULT_RECONNECT;
  const logger = options.logger ?? silentLinkLogger;
  const scheduler = options.scheduler ?? realScheduler;
  const random = options.random ?? Math.random;
  const dataListeners = new Set<(chunk: Uint8Array) => void>();
  const stateListeners = new Set<(state: LinkState) => void>();

  let current: LinkState = { state: 'connecting' };
  let session: LinkSession | undefined;
  let attempt = 0;
  let generation = 0;
  let cancelRetry: (() => void) | undefined;

  function setState(next: LinkState): void {
    current = next;
    for (const listener of [...stateListeners]) listener(next);
  }

  function scheduleRetry(reason: string): void {
    const retryInMs = fullJitterDelay(attempt, backoff, random);
    attempt += 1;
    logger.log('link-lost', 'failure', {
      link: description,
      reason,
      retryInMs,
    });
    setState({ state: 'lost', reason, retryInMs });
    cancelRetry = scheduler.after(retryInMs, () => {
      cancelRetry = undefined;
      void connect();
    });
  }

  async function connect(): Promise<void> {
    generation += 1;
    const mine = generation;
    const isCurrent = (): boolean =>
      mine === generation && current.state !== 'closed';
    let opened = false;
    let lostWhileOpening: string | undefined;

    const result = await connector({
      data(chunk) {
        if (!isCurrent()) return;
        for (const listener of [...dataListeners]) listener(chunk);
      },
      lost(reason) {
        if (!isCurrent()) return;
        if (!opened) {
          lostWhileOpening ??= reason;
          return;
        }
        if (current.state !== 'open') return;
        session = undefined;
        scheduleRetry(reason);
      },
    });

    // close() may have run while the device was opening.
    if (!isCurrent()) {
      if (result.ok) await result.session.close();
      return;
    }
    if (!result.ok) {
      scheduleRetry(result.reason);
      return;
    }
    if (lostWhileOpening !== undefined) {
      await result.session.close();
      if (isCurrent()) scheduleRetry(lostWhileOpening);
      return;
    }

    opened = true;
    session = result.session;
    attempt = 0;
    logger.log('link-opened', 'success', { link: description });
    setState({ state: 'open' });
  }

  void connect();

  return {
    description,
    write(bytes) {
      if (current.state !== 'open' || session === undefined) {
        return Promise.resolve({
          ok: false,
          error: { code: 'disconnected', message: `${description} not open` },
        });
      }
      return session.write(bytes);
    },
    onData(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    state: () => current,
    async close() {
      if (current.state === 'closed') return;
      cancelRetry?.();
      cancelRetry = undefined;
      const open = session;
      session = undefined;
      generation += 1;
      setState({ state: 'closed' });
      logger.log('link-closed', 'n/a', { link: description });
      await open?.close();
    },
  };
}
