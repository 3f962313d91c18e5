import type { DossierLookupAnswer } from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { CentralContext } from '../context';

/**
 * `dossier.lookup` from a kiosk, answered by acknowledgement: the current
 * status of any kiosk's dossier by its code, or `not_found`.
 */
export async function answerDossierLookup(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<DossierLookupAnswer> {
  const { logger } = context;
  const parsed = parseMessage('dossier.lookup', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'dossier.lookup',
      kioskId,
      error: parsed.error,
    });
    return { ok: false, error: parsed.error };
  }
  const { code } = parsed.value;
  let dossier;
  try {
    dossier = await context.cases.lookup(code);
  } catch (error) {
    logger.log('request-failed', 'failure', {
      message: 'dossier.lookup',
      kioskId,
      reason: error instanceof Error ? error.message : String(error),
    });
    return {
      ok: false,
      error: protocolError('internal', 'Central failed to look it up'),
    };
  }
  logger.log('dossier-looked-up', dossier ? 'success' : 'failure', {
    kioskId,
    code,
    status: dossier?.status ?? 'not_found',
  });
  if (dossier === undefined) {
    return {
      ok: false,
      error: protocolError('not_found', 'No dossier with this code', 'code'),
    };
  }
  return { ok: true, source: 'central', dossier };
}
