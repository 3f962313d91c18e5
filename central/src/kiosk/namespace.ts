import type { Namespace, Socket } from 'socket.io';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { ProtocolError } from '@motcua/protocol';
import { answerDossierLookup } from '../cases/lookup';
import type { CentralContext } from '../context';
import { receiveKioskRating, receiveKioskTicket } from '../figures/intake';
import { answer } from './ack';
import type { AuthenticatedKiosk } from './auth';
import { authenticateKiosk } from './auth';
import { headBlob, receiveChunk } from './blob-intake';
import { receiveDossier } from './deliver';
import { receiveCommandResult, receiveKioskEvent } from './event-intake';
import { streamPushes } from './push-stream';
import { ReplayGuard } from './replay-guard';
import { kioskRoom } from './rooms';

// Last-seen is kept exactly in memory but written to the store at most this
// often per kiosk, so that heartbeats do not turn into a commit each.
export const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

type Handler = (
  context: CentralContext,
  kioskId: string,
  payload: unknown,
) => Promise<unknown>;

// Acknowledged kiosk → central messages. The kiosk id always comes from
// the verified handshake, never from a payload.
const handlers: Readonly<Record<string, Handler>> = {
  'dossier.deliver': receiveDossier,
  'kiosk.event': receiveKioskEvent,
  'command.result': receiveCommandResult,
  'kiosk.rating': receiveKioskRating,
  'kiosk.ticket': receiveKioskTicket,
  // Asked live (not through the outbox); answered with the status.
  'dossier.lookup': answerDossierLookup,
  'blob.head': headBlob,
  'blob.chunk': receiveChunk,
};

/** Wires `/kiosk`: key handshake, push stream, outbox intake, heartbeats. */
export function serveKiosks(namespace: Namespace, context: CentralContext) {
  const { logger, registry, staff } = context;
  const lastWritten = new Map<string, number>();
  const replays = new ReplayGuard();

  const persistLastSeen = (kioskId: string, at: Date, force: boolean) => {
    const previous = lastWritten.get(kioskId) ?? 0;
    if (!force && at.getTime() - previous < LAST_SEEN_WRITE_INTERVAL_MS) {
      return;
    }
    lastWritten.set(kioskId, at.getTime());
    context.store.touchKiosk(kioskId, at.toISOString()).catch((error) => {
      logger.log('store-write-failed', 'failure', {
        kioskId,
        reason: error instanceof Error ? error.message : String(error),
      });
    });
  };

  namespace.use((socket, next) => {
    const deps = { store: context.store, replays, now: context.now };
    authenticateKiosk(socket.handshake.auth, deps).then(
      (result) => {
        if (!result.ok) {
          logger.log('client-refused', 'failure', {
            namespace: '/kiosk',
            address: socket.handshake.address,
            error: result.error,
          });
          context.counters.handshakeRefused(result.error.code);
          next(refusal(result.error));
          return;
        }
        socket.data = result.value;
        next();
      },
      (error: unknown) => {
        logger.log('client-refused', 'failure', {
          namespace: '/kiosk',
          reason: error instanceof Error ? error.message : String(error),
        });
        context.counters.handshakeRefused('internal');
        next(refusal(protocolError('internal', 'Central failed the check')));
      },
    );
  });

  namespace.on('connection', (socket: Socket) => {
    const { kioskId, publicKey, resumeAfter } =
      socket.data as AuthenticatedKiosk;
    const connectedAt = context.now();
    void socket.join(kioskRoom(kioskId));
    logger.log('client-connected', 'success', {
      namespace: '/kiosk',
      kioskId,
      resumeAfter,
    });
    staff.kioskUpdated(
      registry.connected(kioskId, socket.id, connectedAt.toISOString()),
    );
    persistLastSeen(kioskId, connectedAt, true);
    void context.alerts.seen(kioskId);

    for (const [event, handle] of Object.entries(handlers)) {
      socket.on(event, (payload: unknown, ack: unknown) => {
        handle(context, kioskId, payload).then(
          (reply) => answer(ack, reply),
          (error: unknown) => {
            logger.log('request-failed', 'failure', {
              message: event,
              kioskId,
              reason: error instanceof Error ? error.message : String(error),
            });
            answer(ack, {
              ok: false,
              error: protocolError('internal', 'Central failed to answer'),
              retryable: true,
            });
          },
        );
      });
    }

    socket.on('kiosk.heartbeat', (payload: unknown) => {
      const parsed = parseMessage('kiosk.heartbeat', payload);
      if (!parsed.ok || parsed.value.kioskId !== kioskId) {
        logger.log('message-rejected', 'failure', {
          message: 'kiosk.heartbeat',
          kioskId,
          error: parsed.ok ? { code: 'kiosk.mismatch' } : parsed.error,
        });
        return;
      }
      const at = context.now();
      staff.kioskUpdated(registry.heartbeat(parsed.value, at.toISOString()));
      void context.alerts.heartbeat(kioskId, parsed.value);
      persistLastSeen(kioskId, at, false);
    });

    socket.on('disconnect', (reason) => {
      const at = context.now();
      logger.log('client-disconnected', 'n/a', {
        namespace: '/kiosk',
        kioskId,
        reason,
      });
      staff.kioskUpdated(
        registry.disconnected(kioskId, socket.id, at.toISOString()),
      );
      persistLastSeen(kioskId, at, true);
    });

    void startStream(context, socket, kioskId, publicKey, resumeAfter);
  });
}

// A revoke or re-enrollment may land between the handshake check and the
// join above; look once more now that a cut would reach this socket.
async function startStream(
  context: CentralContext,
  socket: Socket,
  kioskId: string,
  publicKey: string,
  resumeAfter: number,
) {
  const slot = await context.store.findKiosk(kioskId).catch(() => undefined);
  if (slot?.publicKey !== publicKey || slot.revokedAt !== null) {
    socket.disconnect(true);
    return;
  }
  streamPushes(context, socket, kioskId, resumeAfter);
}

/** socket.io hands `data` to the client's `connect_error` listener. */
function refusal(error: ProtocolError): Error & { data: ProtocolError } {
  return Object.assign(new Error(error.message), { data: error });
}
