import type {
  AttachmentRecord,
  DossierDelivered,
  ProtocolError,
} from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { toDossierView } from '../views';

/**
 * Handles one `dossier.deliver` from a connected kiosk and returns the
 * answer to acknowledge with. The answer is made only after the store has
 * committed, so an `ok: true` means the dossier is durable at central.
 */
export async function receiveDossier(
  context: CentralContext,
  kioskId: string,
  input: unknown,
): Promise<DossierDelivered> {
  const { logger } = context;

  const parsed = parseMessage('dossier.deliver', input);
  if (!parsed.ok) {
    logger.log('message-rejected', 'failure', {
      message: 'dossier.deliver',
      kioskId,
      error: parsed.error,
    });
    return refuse(parsed.error);
  }
  const { msgId, dossier } = parsed.value;
  const about = { kioskId, msgId, dossierId: dossier.id, code: dossier.code };

  const refusal = checkDossier(context, kioskId, dossier);
  if (refusal !== undefined) {
    logger.log('dossier-rejected', 'failure', { ...about, error: refusal });
    return refuse(refusal);
  }

  // The kiosk uploads attachments first; until they are all here the
  // dossier waits in its outbox and comes again.
  const missing = await missingAttachment(context, dossier.attachments ?? []);
  if (missing !== undefined) {
    logger.log('dossier-store-failed', 'failure', { ...about, error: missing });
    return { ok: false, error: missing, retryable: true };
  }

  let outcome;
  try {
    outcome = await context.store.saveDossier(dossier);
  } catch (error) {
    logger.log('dossier-store-failed', 'failure', {
      ...about,
      reason: error instanceof Error ? error.message : String(error),
    });
    return {
      ok: false,
      error: protocolError('internal', 'Central could not store the dossier'),
      retryable: true,
    };
  }

  switch (outcome.kind) {
    case 'inserted':
      logger.log('dossier-received', 'success', about);
      context.counters.dossierStored();
      context.staff.dossierReceived(toDossierView(dossier));
      // Never throws; a case it fails to open is opened by the next sweep.
      await context.cases.dossierReceived(dossier);
      return { ok: true, dossierId: dossier.id, duplicate: false };
    case 'duplicate':
      logger.log('dossier-duplicate', 'success', about);
      context.counters.dossierDuplicate();
      return { ok: true, dossierId: dossier.id, duplicate: true };
    case 'codeTaken': {
      const error = protocolError(
        'dossier.code_taken',
        `Another dossier already has code ${dossier.code}`,
        'dossier.code',
      );
      logger.log('dossier-rejected', 'failure', { ...about, error });
      return refuse(error);
    }
    default: {
      const unexpected: never = outcome;
      throw new Error(`Unexpected outcome ${String(unexpected)}`);
    }
  }
}

function checkDossier(
  context: CentralContext,
  kioskId: string,
  dossier: { kioskId: string; procedureId: string },
): ProtocolError | undefined {
  if (dossier.kioskId !== kioskId) {
    return protocolError(
      'kiosk.mismatch',
      `The dossier was made by ${dossier.kioskId}, not by ${kioskId}`,
      'dossier.kioskId',
    );
  }
  const known = context.published.catalog.procedures.some(
    (procedure) => procedure.id === dossier.procedureId,
  );
  if (!known) {
    return protocolError(
      'unknown_procedure',
      `No procedure ${dossier.procedureId} in the catalog`,
      'dossier.procedureId',
    );
  }
  return undefined;
}

async function missingAttachment(
  context: CentralContext,
  attachments: readonly AttachmentRecord[],
): Promise<ProtocolError | undefined> {
  for (const [index, attachment] of attachments.entries()) {
    if (!(await context.blobs.has(attachment))) {
      return protocolError(
        'attachments.missing',
        `Attachment ${attachment.sha256} is not complete at central`,
        `dossier.attachments.${String(index)}`,
      );
    }
  }
  return undefined;
}

// Every other refusal here is final: the same bytes will never be accepted, so the
// kiosk dead-letters the dossier instead of retrying it.
function refuse(error: ProtocolError): DossierDelivered {
  return { ok: false, error, retryable: false };
}
