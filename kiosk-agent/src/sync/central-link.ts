import type { KioskHeartbeat, Logger } from '@motcua/protocol';
import { parseMessage, PROTOCOL_VERSION } from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { DossierStore, OutboxItem } from '../store/dossier-store';
import { fullJitter, SYNC_DELAYS } from './backoff';

/** How many deliveries may await their acknowledgement at once. */
export const OUTBOX_WINDOW = 8;

export interface CentralLinkOptions {
  readonly centralUrl: string;
  readonly kioskId: string;
  readonly token: string;
  readonly store: DossierStore;
  readonly logger: Logger;
  readonly heartbeat: () => Omit<KioskHeartbeat, 'sentAt'>;
  readonly now: () => Date;
}

export interface CentralLink {
  /** Something was committed: try to deliver now. */
  wake(): void;
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * The agent's side of sync: receives the catalog, drains the outbox in
 * order with a small window, and sends heartbeats. socket.io keeps nothing
 * across a cut, so every delivery is driven from the store and retried until
 * central acknowledges it after its own commit.
 */
export function connectCentral(options: CentralLinkOptions): CentralLink {
  const { store, logger } = options;
  const socket: Socket = io(`${options.centralUrl}/kiosk`, {
    transports: ['websocket'],
    auth: {
      kioskId: options.kioskId,
      token: options.token,
      protocolVersion: PROTOCOL_VERSION,
    },
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });

  let closed = false;
  let draining = false;
  let timer: NodeJS.Timeout | undefined;
  const inflight = new Set<string>();

  const schedule = (delayMs: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void drain(), delayMs);
  };

  const deliver = async (item: OutboxItem): Promise<void> => {
    const dossier = store.findById(item.ref);
    if (dossier === undefined) {
      store.markDead(item, 'dossier row missing');
      return;
    }
    try {
      const raw: unknown = await socket
        .timeout(SYNC_DELAYS.ackTimeout)
        .emitWithAck('dossier.deliver', { msgId: item.msgId, dossier });
      const answer = parseMessage('dossier.delivered', raw);
      if (!answer.ok) {
        retry(item, `bad acknowledgement: ${answer.error.message}`);
      } else if (answer.value.ok) {
        store.markDelivered(item, options.now());
        logger.log('outbox-delivered', 'success', {
          code: dossier.code,
          duplicate: answer.value.duplicate,
        });
      } else if (answer.value.retryable) {
        retry(item, answer.value.error.message);
      } else {
        store.markDead(
          item,
          `${answer.value.error.code}: ${answer.value.error.message}`,
        );
        logger.log('outbox-dead-lettered', 'failure', {
          code: dossier.code,
          error: answer.value.error,
        });
      }
    } catch (error) {
      retry(item, error instanceof Error ? error.message : String(error));
    }
  };

  const retry = (item: OutboxItem, reason: string) => {
    const delay = fullJitter(item.attempts);
    store.scheduleRetry(item, options.now().getTime() + delay, reason);
    logger.log('outbox-retry', 'failure', {
      attempt: item.attempts + 1,
      delay,
      reason,
    });
  };

  const drain = async (): Promise<void> => {
    if (closed || draining || !socket.connected) return;
    draining = true;
    try {
      for (;;) {
        const due = store
          .dueOutbox(options.now().getTime(), OUTBOX_WINDOW + inflight.size)
          .filter((item) => !inflight.has(item.msgId))
          .slice(0, OUTBOX_WINDOW);
        if (due.length === 0 || !socket.connected) break;
        for (const item of due) inflight.add(item.msgId);
        await Promise.all(
          due.map((item) =>
            deliver(item).finally(() => inflight.delete(item.msgId)),
          ),
        );
      }
    } finally {
      draining = false;
    }
    // Come back for items whose retry time has not come yet.
    if (
      !closed &&
      socket.connected &&
      store.backlog(options.now()).pending > 0
    ) {
      schedule(SYNC_DELAYS.retryBase);
    }
  };

  socket.on('connect', () => {
    logger.log('central-connected', 'success', { url: options.centralUrl });
    sendHeartbeat();
    void drain();
  });
  socket.on('disconnect', (reason) => {
    logger.log('central-disconnected', 'failure', { reason });
  });
  socket.on('connect_error', (error: Error & { data?: unknown }) => {
    logger.log('central-disconnected', 'failure', {
      reason: error.message,
      error: error.data,
    });
    // A refused handshake stops socket.io's own reconnection: keep trying,
    // slowly, so that a kiosk re-enabled at central comes back by itself.
    if (!socket.active && !closed) {
      setTimeout(() => {
        if (!closed) socket.connect();
      }, fullJitter(6));
    }
  });
  socket.on('catalog.snapshot', (payload: unknown) => {
    const parsed = parseMessage('catalog.snapshot', payload);
    if (!parsed.ok) {
      logger.log('message-rejected', 'failure', {
        message: 'catalog.snapshot',
        error: parsed.error,
      });
      return;
    }
    store.saveCatalog(parsed.value);
    logger.log('catalog-updated', 'success', {
      seq: parsed.value.seq,
      procedures: parsed.value.procedures.length,
    });
  });

  const sendHeartbeat = () => {
    if (!socket.connected) return;
    socket.volatile.emit('kiosk.heartbeat', {
      ...options.heartbeat(),
      sentAt: options.now().toISOString(),
    });
  };
  const heartbeat = setInterval(sendHeartbeat, SYNC_DELAYS.heartbeat);
  heartbeat.unref();

  return {
    wake() {
      void drain();
    },
    connected() {
      return socket.connected;
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      if (timer !== undefined) clearTimeout(timer);
      socket.close();
    },
  };
}
