import type { DeliveryAck } from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { internalFailure, refuseForGood } from './ack';

/**
 * `kiosk.event`: stored once per msgId, then the kiosk's live state and
 * every staff screen follow it. A duplicate is acknowledged and ignored.
 */
export async function receiveKioskEvent(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<DeliveryAck> {
  const { logger } = context;
  const parsed = parseMessage('kiosk.event', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'kiosk.event',
      kioskId,
      error: parsed.error,
    });
    return refuseForGood(parsed.error);
  }
  const event = parsed.value;
  const about = { kioskId, msgId: event.msgId, kind: event.kind };

  let inserted: boolean;
  try {
    inserted = await context.store.saveKioskEvent(
      kioskId,
      event,
      context.now().toISOString(),
    );
  } catch (error) {
    return internalFailure(logger, 'kiosk.event', about, error);
  }
  if (!inserted) return { ok: true, duplicate: true };

  logger.log('kiosk-event-received', 'success', about);
  context.counters.kioskEventStored(event.kind);
  const { msgId: _msgId, ...view } = event;
  context.staff.kioskUpdated(context.registry.event(kioskId, view));
  context.staff.kioskEvent({ kioskId, ...view });
  await context.alerts.event(kioskId, event.kind, event.detail);
  return { ok: true, duplicate: false };
}

/**
 * `command.result`: the first result of a command finishes it; any later
 * one is a duplicate. A blob it names must already be complete here.
 */
export async function receiveCommandResult(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<DeliveryAck> {
  const { logger } = context;
  const parsed = parseMessage('command.result', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'command.result',
      kioskId,
      error: parsed.error,
    });
    return refuseForGood(parsed.error);
  }
  const result = parsed.value;
  const about = { kioskId, msgId: result.msgId, commandId: result.commandId };

  try {
    if (result.blob !== undefined && !(await context.blobs.has(result.blob))) {
      return {
        ok: false,
        error: protocolError(
          'blob.missing',
          'Upload the blob before the result that names it',
          'blob',
        ),
        retryable: true,
      };
    }
    const outcome = await context.store.recordCommandResult(
      kioskId,
      result,
      context.now().toISOString(),
    );
    switch (outcome.kind) {
      case 'unknown':
        return refuseForGood(
          protocolError(
            'command.unknown',
            'This kiosk has no command with this id',
            'commandId',
          ),
        );
      case 'duplicate':
        return { ok: true, duplicate: true };
      case 'recorded':
        logger.log('command-finished', result.ok ? 'success' : 'failure', {
          ...about,
          status: outcome.command.status,
        });
        context.staff.commandUpdated(outcome.command);
        return { ok: true, duplicate: false };
      default: {
        const unexpected: never = outcome;
        throw new Error(`Unexpected outcome ${String(unexpected)}`);
      }
    }
  } catch (error) {
    return internalFailure(logger, 'command.result', about, error);
  }
}
