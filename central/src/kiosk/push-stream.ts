import type { Socket } from 'socket.io';
import type { CentralContext } from '../context';
import type { StoredPush } from '../store/types';

/** How long a kiosk has to apply and acknowledge one push item. */
export const PUSH_ACK_TIMEOUT_MS = 15_000;
/** Items read from the store per round trip. */
const PUSH_BATCH = 100;

/**
 * Sends a kiosk's stream on one socket: first everything after
 * `resumeAfter`, then each new item as it is appended. One loop per socket
 * sends one item at a time and waits for its `{ ok: true }`, so order holds.
 * An item refused or not acknowledged in time cuts the socket: the kiosk
 * reconnects with its last applied seq and the replay starts from there.
 */
export function streamPushes(
  context: CentralContext,
  socket: Socket,
  kioskId: string,
  resumeAfter: number,
): void {
  const { logger } = context;
  let sentUpTo = resumeAfter;
  let running = false;
  let wokenWhileRunning = false;

  const fail = (push: StoredPush, reason: unknown) => {
    logger.log('push-failed', 'failure', {
      kioskId,
      seq: push.seq,
      kind: push.item.kind,
      reason,
    });
    socket.disconnect(true);
  };

  const send = async (push: StoredPush): Promise<boolean> => {
    let ack: unknown;
    try {
      ack = await socket
        .timeout(PUSH_ACK_TIMEOUT_MS)
        .emitWithAck('central.push', push);
    } catch {
      fail(push, socket.connected ? 'ack timeout' : 'disconnected');
      return false;
    }
    if ((ack as { ok?: unknown } | null)?.ok !== true) {
      fail(push, ack);
      return false;
    }
    if (push.item.kind === 'command') {
      await context.store.markCommandSent(
        push.item.commandId,
        context.now().toISOString(),
      );
    }
    return true;
  };

  const drain = async () => {
    for (;;) {
      const batch = await context.store.pushItemsAfter(
        kioskId,
        sentUpTo,
        PUSH_BATCH,
      );
      if (batch.length === 0) return;
      for (const push of batch) {
        if (!socket.connected || !(await send(push))) return;
        sentUpTo = push.seq;
      }
    }
  };

  // `running` is cleared in the same turn as the last check of
  // `wokenWhileRunning`, so no wake-up can fall between the two.
  const run = async () => {
    try {
      do {
        wokenWhileRunning = false;
        await drain();
      } while (wokenWhileRunning && socket.connected);
    } catch (error) {
      logger.log('push-failed', 'failure', {
        kioskId,
        reason: error instanceof Error ? error.message : String(error),
      });
      socket.disconnect(true);
    } finally {
      running = false;
    }
  };

  const wake = () => {
    if (running) {
      wokenWhileRunning = true;
      return;
    }
    running = true;
    void run();
  };

  const unsubscribe = context.pushes.subscribe(kioskId, wake);
  socket.once('disconnect', unsubscribe);
  wake();
}
