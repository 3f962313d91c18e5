import type { Namespace, Socket } from 'socket.io';
import { parseMessage } from '@motcua/protocol';
import type { ProtocolError } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { authenticateKiosk } from './auth';
import { receiveDossier } from './deliver';

// Last-seen is kept exactly in memory but written to the store at most this
// often per kiosk, so that heartbeats do not turn into a commit each.
export const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

interface KioskSocketData {
  kioskId: string;
}

/** Wires the `/kiosk` namespace: handshake, catalog, dossiers, heartbeats. */
export function serveKiosks(namespace: Namespace, context: CentralContext) {
  const { logger, registry, staff } = context;
  const lastWritten = new Map<string, number>();

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
    const result = authenticateKiosk(socket.handshake.auth, context.kiosks);
    if (!result.ok) {
      logger.log('client-refused', 'failure', {
        namespace: '/kiosk',
        address: socket.handshake.address,
        error: result.error,
      });
      next(refusal(result.error));
      return;
    }
    (socket.data as KioskSocketData).kioskId = result.value;
    next();
  });

  namespace.on('connection', (socket: Socket) => {
    const { kioskId } = socket.data as KioskSocketData;
    const connectedAt = context.now();
    logger.log('client-connected', 'success', {
      namespace: '/kiosk',
      kioskId,
    });
    staff.kioskUpdated(
      registry.connected(kioskId, socket.id, connectedAt.toISOString()),
    );
    persistLastSeen(kioskId, connectedAt, true);

    socket.emit('catalog.snapshot', context.catalog);

    socket.on('dossier.deliver', (payload: unknown, ack: unknown) => {
      void receiveDossier(context, kioskId, payload).then((answer) => {
        // A kiosk that asked for no acknowledgement still has its dossier
        // stored; there is just no one to tell.
        if (typeof ack === 'function') ack(answer);
      });
    });

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
  });
}

/** socket.io hands `data` to the client's `connect_error` listener. */
function refusal(error: ProtocolError): Error & { data: ProtocolError } {
  return Object.assign(new Error(error.message), { data: error });
}
