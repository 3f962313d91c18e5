import type {
  CentralPush,
  DossierLookup,
  KioskHeartbeat,
  Logger,
  ProtocolError,
} from '@motcua/protocol';
import {
  kioskProofText,
  parseMessage,
  PROTOCOL_VERSION,
  protocolError,
} from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { DossierStore } from '../store/dossier-store';
import type { Inbox } from '../store/inbox';
import type { Outbox, OutboxItem } from '../store/outbox';
import { faultPoint } from '../faults';
import { fullJitter, SYNC_DELAYS } from './backoff';
import { uploadBlob } from './blob-upload';
import type { KioskKey } from './kiosk-key';

/** How many deliveries may await their acknowledgement at once. */
export const OUTBOX_WINDOW = 16;

export interface CentralLinkOptions {
  readonly centralUrl: string;
  readonly kioskId: string;
  readonly key: KioskKey;
  readonly store: DossierStore;
  readonly outbox: Outbox;
  readonly inbox: Inbox;
  /** Bytes of an upload (logs, screenshot) kept in the vault by hash. */
  readonly blob: (sha256: string) => Buffer | undefined;
  /**
   * Central acknowledged `item`: record it, with whatever follows from it,
   * in one transaction.
   */
  readonly delivered: (item: OutboxItem) => void;
  /** Central refused `item` for good; staff must hear of it. */
  readonly deadLettered?: (item: OutboxItem, error: ProtocolError) => void;
  readonly applyPush: (push: CentralPush) => Promise<void>;
  /** Steps past an item that cannot be read, so the stream moves on. */
  readonly skipPush: (payload: unknown) => void;
  readonly heartbeat: () => Omit<KioskHeartbeat, 'sentAt'>;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly random?: () => number;
  /** Upload chunk size; smaller on slow links (at most CHUNK_BYTES). */
  readonly chunkBytes?: number;
}

export interface CentralLink {
  /** Something was queued: try to deliver now. */
  wake(): void;
  /**
   * Asks central for a dossier's status; central's raw answer, or
   * `undefined` when it is not connected or does not answer within
   * `SYNC_DELAYS.lookupTimeout`.
   */
  lookup(request: DossierLookup, timeoutMs?: number): Promise<unknown>;
  connected(): boolean;
  close(): Promise<void>;
}

type Outcome =
  | { readonly kind: 'acked'; readonly duplicate: boolean }
  | { readonly kind: 'retry'; readonly reason: string }
  | { readonly kind: 'dead'; readonly error: ProtocolError };

/**
 * The agent's side of sync. socket.io keeps nothing across a cut, so every
 * delivery is driven from the store and retried, with full-jitter backoff,
 * until central acknowledges it after its own commit. Central's stream is
 * applied in order and acknowledged item by item.
 */
export function connectCentral(options: CentralLinkOptions): CentralLink {
  const { store, outbox, inbox, logger } = options;
  const random = options.random ?? Math.random;

  const socket: Socket = io(`${options.centralUrl}/kiosk`, {
    transports: ['websocket'],
    // Called on every (re)connect: a fresh proof of the key each time.
    auth: (send) => {
      const signedAt = options.now().toISOString();
      send({
        kioskId: options.kioskId,
        protocolVersion: PROTOCOL_VERSION,
        signedAt,
        signature: options.key.sign(kioskProofText(options.kioskId, signedAt)),
        lastSeq: inbox.lastSeq(),
      });
    },
    reconnectionDelay: 250,
    // Network back → first acknowledgement within 2 s (DESIGN.md) needs
    // retries at most ~1.5 s apart; the jitter spreads a fleet out.
    reconnectionDelayMax: 1_000,
    randomizationFactor: 0.5,
  });

  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const send = async (item: OutboxItem): Promise<Outcome> => {
    switch (item.kind) {
      case 'dossier.deliver': {
        const dossier = store.findById(item.ref);
        if (dossier === undefined) {
          // Purged: central acknowledged it before a crash lost our mark.
          return { kind: 'acked', duplicate: true };
        }
        for (const attachment of dossier.attachments ?? []) {
          const bytes = store.attachmentBytes(attachment.sha256);
          if (bytes === undefined) {
            return {
              kind: 'dead',
              error: protocolError('attachment.lost', 'File is missing'),
            };
          }
          const uploaded = await uploadBlob(
            socket,
            attachment.sha256,
            bytes,
            options.chunkBytes,
          );
          if (!uploaded.ok) {
            return { kind: 'retry', reason: uploaded.error.message };
          }
        }
        const raw: unknown = await socket
          .timeout(SYNC_DELAYS.ackTimeout)
          .emitWithAck('dossier.deliver', { msgId: item.msgId, dossier });
        const answer = parseMessage('dossier.delivered', raw);
        if (!answer.ok) return { kind: 'retry', reason: answer.error.message };
        if (answer.value.ok) {
          return { kind: 'acked', duplicate: answer.value.duplicate };
        }
        return answer.value.retryable
          ? { kind: 'retry', reason: answer.value.error.message }
          : { kind: 'dead', error: answer.value.error };
      }
      case 'kiosk.event':
      case 'command.result':
      case 'kiosk.rating':
      case 'kiosk.ticket': {
        const payload = JSON.parse(item.payload ?? '{}') as {
          blob?: { sha256: string };
        };
        if (payload.blob !== undefined) {
          const bytes = options.blob(payload.blob.sha256);
          if (bytes !== undefined) {
            const uploaded = await uploadBlob(
              socket,
              payload.blob.sha256,
              bytes,
            );
            if (!uploaded.ok) {
              return { kind: 'retry', reason: uploaded.error.message };
            }
          }
        }
        const raw: unknown = await socket
          .timeout(SYNC_DELAYS.ackTimeout)
          .emitWithAck(item.kind, { ...payload, msgId: item.msgId });
        const answer = parseMessage('delivery.ack', raw);
        if (!answer.ok) return { kind: 'retry', reason: answer.error.message };
        if (answer.value.ok) {
          return { kind: 'acked', duplicate: answer.value.duplicate };
        }
        return answer.value.retryable
          ? { kind: 'retry', reason: answer.value.error.message }
          : { kind: 'dead', error: answer.value.error };
      }
      default: {
        const unhandled: never = item.kind;
        return {
          kind: 'dead',
          error: protocolError(
            'outbox.kind',
            `Unknown kind ${String(unhandled)}`,
          ),
        };
      }
    }
  };

  const deliver = async (item: OutboxItem): Promise<void> => {
    let outcome: Outcome;
    try {
      outcome = await send(item);
    } catch (error) {
      outcome = {
        kind: 'retry',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    switch (outcome.kind) {
      case 'acked':
        if (item.kind === 'dossier.deliver') faultPoint('before-ack-recorded');
        options.delivered(item);
        logger.log('outbox-delivered', 'success', {
          kind: item.kind,
          ref: item.ref,
          duplicate: outcome.duplicate,
        });
        return;
      case 'retry': {
        const delay = fullJitter(item.attempts, random);
        outbox.scheduleRetry(
          item,
          options.now().getTime() + delay,
          outcome.reason,
        );
        logger.log('outbox-retry', 'failure', {
          kind: item.kind,
          attempt: item.attempts + 1,
          delay,
          reason: outcome.reason,
        });
        return;
      }
      case 'dead':
        outbox.markDead(
          item,
          `${outcome.error.code}: ${outcome.error.message}`,
        );
        logger.log('outbox-dead-lettered', 'failure', {
          kind: item.kind,
          ref: item.ref,
          error: outcome.error,
        });
        options.deadLettered?.(item, outcome.error);
        return;
      default: {
        const unhandled: never = outcome;
        throw new Error(`unhandled outcome ${JSON.stringify(unhandled)}`);
      }
    }
  };

  // A sliding window: up to OUTBOX_WINDOW deliveries await their
  // acknowledgement; each one answered makes room for the next. Items are
  // sent in outbox order on one socket, so central sees them in that order.
  const inflight = new Set<string>();
  const drain = (): void => {
    if (closed || !socket.connected) return;
    const room = OUTBOX_WINDOW - inflight.size;
    if (room > 0) {
      const due = outbox
        .due(options.now().getTime(), OUTBOX_WINDOW + inflight.size)
        .filter((item) => !inflight.has(item.msgId))
        .slice(0, room);
      for (const item of due) {
        inflight.add(item.msgId);
        void deliver(item).finally(() => {
          inflight.delete(item.msgId);
          drain();
        });
      }
    }
    if (inflight.size === 0) scheduleNext();
  };

  // Come back when the earliest retry is due.
  const scheduleNext = () => {
    if (closed || !socket.connected) return;
    const dueAt = outbox.nextDueAt();
    if (dueAt === undefined) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(drain, Math.max(0, dueAt - options.now().getTime()));
  };

  const sendHeartbeat = () => {
    if (!socket.connected) return;
    socket.volatile.emit('kiosk.heartbeat', {
      ...options.heartbeat(),
      sentAt: options.now().toISOString(),
    });
  };

  socket.on('connect', () => {
    logger.log('central-connected', 'success', { url: options.centralUrl });
    sendHeartbeat();
    drain();
  });
  socket.on('disconnect', (reason) => {
    logger.log('central-disconnected', 'failure', { reason });
    // Central hung up on purpose (revoked, replaced key, refused push):
    // socket.io will not come back by itself, so ask again, slowly; the
    // handshake then says why.
    if (reason === 'io server disconnect' && !closed) {
      setTimeout(
        () => {
          if (!closed) socket.connect();
        },
        fullJitter(3, random),
      );
    }
  });
  socket.on('connect_error', (error: Error & { data?: unknown }) => {
    logger.log('central-disconnected', 'failure', {
      reason: error.message,
      error: error.data,
    });
    // A refused handshake stops socket.io's own reconnection: keep trying,
    // slowly, so that a kiosk re-enabled at central comes back by itself.
    if (!socket.active && !closed) {
      setTimeout(
        () => {
          if (!closed) socket.connect();
        },
        fullJitter(5, random),
      );
    }
  });

  // Central's stream, strictly one item at a time.
  let applying = Promise.resolve();
  socket.on('central.push', (payload: unknown, ack?: unknown) => {
    applying = applying.then(async () => {
      const parsed = parseMessage('central.push', payload);
      if (!parsed.ok) {
        // Acknowledged anyway: refusing would make central cut and replay
        // the same bad item forever. It is skipped and logged for staff.
        logger.log('message-rejected', 'failure', {
          message: 'central.push',
          error: parsed.error,
        });
        options.skipPush(payload);
        if (typeof ack === 'function') ack({ ok: true });
        return;
      }
      await options.applyPush(parsed.value);
      if (typeof ack === 'function') ack({ ok: true });
    });
  });

  const heartbeat = setInterval(sendHeartbeat, SYNC_DELAYS.heartbeat);
  heartbeat.unref();

  return {
    wake() {
      drain();
    },
    async lookup(request, timeoutMs = SYNC_DELAYS.lookupTimeout) {
      if (closed || !socket.connected) return undefined;
      try {
        return (await socket
          .timeout(timeoutMs)
          .emitWithAck('dossier.lookup', request)) as unknown;
      } catch {
        return undefined;
      }
    },
    connected() {
      return socket.connected;
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      if (timer !== undefined) clearTimeout(timer);
      socket.close();
      await applying;
    },
  };
}
