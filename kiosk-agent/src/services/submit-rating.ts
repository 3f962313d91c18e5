import type { Logger, SimpleAnswer } from '@motcua/protocol';
import { parseMessage } from '@motcua/protocol';
import type { Outbox } from '../store/outbox';

export interface RatingDeps {
  readonly outbox: Outbox;
  /** A rating was queued for central. */
  readonly queued: () => void;
  readonly now: () => Date;
  readonly logger: Logger;
}

/**
 * `rating.submit`: the rating becomes an outbox item (`kiosk.rating`); the
 * page hears "ok" only once it is committed.
 */
export function submitRating(deps: RatingDeps, payload: unknown): SimpleAnswer {
  const parsed = parseMessage('rating.submit', payload);
  if (!parsed.ok) {
    deps.logger.log('service-request-refused', 'failure', {
      message: 'rating.submit',
      error: parsed.error,
    });
    return { ok: false, error: parsed.error };
  }
  const rating = parsed.value;

  const at = deps.now();
  deps.outbox.enqueue('kiosk.rating', rating.dossierCode ?? 'rating', at, {
    at: at.toISOString(),
    ...rating,
  });
  deps.logger.log('rating-queued', 'success', { score: rating.score });
  deps.queued();
  return { ok: true };
}
