import type { DeliveryAck, ProtocolError } from '@motcua/protocol';
import { protocolError } from '@motcua/protocol';
import type { Logger } from '@motcua/protocol';

/** Calls a socket.io acknowledgement if the kiosk asked for one. */
export function answer(ack: unknown, value: unknown): void {
  if (typeof ack === 'function') ack(value);
}

/** A refusal the kiosk must not retry: it dead-letters the item. */
export function refuseForGood(error: ProtocolError): DeliveryAck {
  return { ok: false, error, retryable: false };
}

/** Central failed, not the item: the kiosk keeps it and retries later. */
export function internalFailure(
  logger: Logger,
  message: string,
  about: Record<string, unknown>,
  error: unknown,
): DeliveryAck {
  logger.log('store-write-failed', 'failure', {
    ...about,
    message,
    reason: error instanceof Error ? error.message : String(error),
  });
  return {
    ok: false,
    error: protocolError('internal', 'Central could not store it'),
    retryable: true,
  };
}
