import type {
  DossierLookup,
  DossierLookupAnswer,
  Logger,
} from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { ReceivedView } from '../store/dossier-store';

export interface LookupDeps {
  /**
   * Asks central over the kiosk's socket; `undefined` when central cannot
   * be reached or does not answer in time.
   */
  readonly askCentral: (lookup: DossierLookup) => Promise<unknown>;
  /** The kiosk's own minimal record of a dossier it received. */
  readonly kioskRecord: (code: string) => ReceivedView | undefined;
  readonly logger: Logger;
}

/**
 * `dossier.lookup`: central knows the current status; when it cannot be
 * asked, or does not know a dossier this kiosk has not delivered yet, the
 * kiosk answers from its own record that the dossier was received.
 */
export async function lookupDossier(
  deps: LookupDeps,
  payload: unknown,
): Promise<DossierLookupAnswer> {
  const parsed = parseMessage('dossier.lookup', payload);
  if (!parsed.ok) {
    deps.logger.log('service-request-refused', 'failure', {
      message: 'dossier.lookup',
      error: parsed.error,
    });
    return { ok: false, error: parsed.error };
  }
  const { code } = parsed.value;

  const raw = await deps.askCentral({ code });
  const central =
    raw === undefined ? undefined : parseMessage('dossier.lookedUp', raw);
  if (central !== undefined && !central.ok) {
    deps.logger.log('message-rejected', 'failure', {
      message: 'dossier.lookedUp',
      error: central.error,
    });
  }
  const answer = central?.ok === true ? central.value : undefined;
  if (answer?.ok === true) return answered(deps, answer);

  const record = deps.kioskRecord(code);
  if (record !== undefined) {
    return answered(deps, {
      ok: true,
      source: 'kiosk',
      dossier: {
        code: record.code,
        procedureId: record.procedureId,
        status: 'received',
        receivedAt: record.receivedAt,
        dueDate: record.returnDate,
        updatedAt: record.receivedAt,
      },
    });
  }
  // Central's "not found" stands; any other failure of central's is as
  // good as no answer.
  return answered(
    deps,
    answer?.error.code === 'not_found'
      ? answer
      : {
          ok: false,
          error: protocolError(
            'central_unreachable',
            'The ward office cannot be reached and this kiosk has no such dossier',
            'code',
          ),
        },
  );
}

function answered(
  deps: LookupDeps,
  answer: DossierLookupAnswer,
): DossierLookupAnswer {
  deps.logger.log(
    'dossier-lookup-answered',
    answer.ok ? 'success' : 'failure',
    answer.ok
      ? { source: answer.source, status: answer.dossier.status }
      : { error: answer.error },
  );
  return answer;
}
