import type { DeliveryAck } from '@motcua/protocol';
import { parseMessage } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { internalFailure, refuseForGood } from '../kiosk/ack';

/** The ward of a kiosk: from the live registry, else from its slot. */
export async function wardOfKiosk(
  context: Pick<CentralContext, 'registry' | 'store'>,
  kioskId: string,
): Promise<string | undefined> {
  const known = context.registry.placeOf(kioskId)?.ward;
  if (known !== undefined) return known;
  return (await context.store.findKiosk(kioskId))?.ward;
}

/** `kiosk.rating`: stored once per msgId; a redelivery is acked as such. */
export async function receiveKioskRating(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<DeliveryAck> {
  const { logger } = context;
  const parsed = parseMessage('kiosk.rating', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'kiosk.rating',
      kioskId,
      error: parsed.error,
    });
    return refuseForGood(parsed.error);
  }
  const rating = parsed.value;
  const about = { kioskId, msgId: rating.msgId, score: rating.score };
  try {
    const ward = (await wardOfKiosk(context, kioskId)) ?? '';
    const at = context.now().toISOString();
    const saved = await context.services.saveRating(kioskId, ward, rating, at);
    if (!saved) return { ok: true, duplicate: true };
  } catch (error) {
    return internalFailure(logger, 'kiosk.rating', about, error);
  }
  logger.log('rating-received', 'success', about);
  return { ok: true, duplicate: false };
}

/** `kiosk.ticket`: stored once per msgId; a redelivery is acked as such. */
export async function receiveKioskTicket(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<DeliveryAck> {
  const { logger } = context;
  const parsed = parseMessage('kiosk.ticket', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'kiosk.ticket',
      kioskId,
      error: parsed.error,
    });
    return refuseForGood(parsed.error);
  }
  const message = parsed.value;
  const about = {
    kioskId,
    msgId: message.msgId,
    number: message.ticket.number,
    kind: message.ticket.kind,
  };
  try {
    const ward = (await wardOfKiosk(context, kioskId)) ?? '';
    const at = context.now().toISOString();
    const saved = await context.services.saveTicket(kioskId, ward, message, at);
    if (!saved) return { ok: true, duplicate: true };
  } catch (error) {
    return internalFailure(logger, 'kiosk.ticket', about, error);
  }
  logger.log('ticket-received', 'success', about);
  return { ok: true, duplicate: false };
}
