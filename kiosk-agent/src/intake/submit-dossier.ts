import type {
  CalendarData,
  DossierPayment,
  DossierSubmitAnswer,
  Logger,
  PrintOutcome,
  Procedure,
  ProtocolError,
  Result,
} from '@motcua/protocol';
import { parseMessage, protocolError, returnDate } from '@motcua/protocol';
import type {
  DossierStore,
  NewAttachment,
  SlipView,
} from '../store/dossier-store';
import { DailyLimitReached } from '../store/dossier-store';
import { faultPoint } from '../faults';
import { checkDossier } from './check-dossier';
import type { RecentSubmissions } from './recent-submissions';

export interface IntakeDeps {
  readonly kioskId: string;
  readonly store: DossierStore;
  readonly calendar: () => CalendarData;
  readonly procedures: () => readonly Procedure[];
  /** The session's scanned documents chosen for this dossier. */
  readonly attachments: (
    choices: readonly { requirementId: string; attachmentId: string }[],
  ) => Result<NewAttachment[], ProtocolError>;
  /** Prints the slip of a committed dossier. Called only after the commit. */
  readonly print: (
    dossier: SlipView,
    procedure: Procedure,
    payment: DossierPayment | undefined,
  ) => Promise<PrintOutcome>;
  /** The fee to pay for a dossier and its VietQR code, if any fee. */
  readonly payment?: (
    dossierCode: string,
    procedure: Procedure,
  ) => DossierPayment | undefined;
  /** Wakes the outbox so delivery starts at once. */
  readonly committed: () => void;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Recent submissions, for the `likely_duplicate` warning. */
  readonly recent?: RecentSubmissions;
}

function refuse(deps: IntakeDeps, error: ProtocolError): DossierSubmitAnswer {
  deps.logger.log('dossier-refused', 'failure', { error });
  return { ok: false, error };
}

/**
 * `dossier.submit`: validate, number and commit the dossier durably, and
 * only then print its slip. The same `requestId` twice is one dossier.
 */
export async function submitDossier(
  deps: IntakeDeps,
  payload: unknown,
): Promise<DossierSubmitAnswer> {
  const parsed = parseMessage('dossier.submit', payload);
  if (!parsed.ok) return refuse(deps, parsed.error);
  const submit = parsed.value;

  const checked = checkDossier(submit, deps.procedures());
  if (!checked.ok) return refuse(deps, checked.error);
  const procedure = checked.value;

  // A retry of a request already committed (the answer was lost, or the
  // agent restarted): the same dossier, whatever the session still holds.
  const repeated = deps.store.slipByRequest(submit.requestId);
  if (repeated !== undefined) {
    deps.logger.log('dossier-committed', 'success', {
      dossierId: repeated.id,
      code: repeated.code,
      repeated: true,
    });
    return finish(deps, repeated, procedure);
  }

  // The same person and procedure lately: ask before a second dossier.
  const earlier = deps.recent?.find(
    submit.applicant.idNumber,
    procedure.id,
    deps.now(),
  );
  if (earlier !== undefined && submit.allowDuplicate !== true) {
    return refuse(
      deps,
      protocolError(
        'likely_duplicate',
        `Already submitted on this kiosk recently as ${earlier}`,
        'procedureId',
      ),
    );
  }

  const attachments = deps.attachments(submit.attachments ?? []);
  if (!attachments.ok) return refuse(deps, attachments.error);

  const receivedAt = deps.now();
  let committed: { dossier: SlipView; created: boolean };
  try {
    committed = deps.store.commit({
      requestId: submit.requestId,
      kioskId: deps.kioskId,
      procedureId: procedure.id,
      language: submit.language,
      receivedAt,
      returnDate: returnDate(
        receivedAt,
        procedure.processingDays,
        deps.calendar(),
      ),
      applicant: submit.applicant,
      fields: submit.fields,
      attachments: attachments.value,
    });
  } catch (error) {
    if (error instanceof DailyLimitReached) {
      return refuse(
        deps,
        protocolError(
          'daily_limit',
          'This kiosk has issued its last dossier code for today',
        ),
      );
    }
    throw error;
  }
  const { dossier } = committed;
  deps.recent?.remember(
    submit.applicant.idNumber,
    procedure.id,
    dossier.code,
    receivedAt,
  );
  deps.logger.log('dossier-committed', 'success', {
    dossierId: dossier.id,
    code: dossier.code,
    procedureId: dossier.procedureId,
    attachments: attachments.value.length,
  });
  deps.committed();
  faultPoint('after-commit');
  return finish(deps, dossier, procedure);
}

/** Prints the slip unless it already was, then answers with the receipt. */
async function finish(
  deps: IntakeDeps,
  dossier: SlipView,
  procedure: Procedure,
): Promise<DossierSubmitAnswer> {
  const payment = deps.payment?.(dossier.code, procedure);
  const print: PrintOutcome = deps.store.isPrinted(dossier.id)
    ? 'printed'
    : await deps.print(dossier, procedure, payment);
  if (print === 'printed') {
    deps.store.markPrinted(dossier.id, deps.now());
    deps.logger.log('slip-printed', 'success', { code: dossier.code });
  } else {
    deps.logger.log('slip-print-failed', 'failure', {
      code: dossier.code,
      print,
    });
  }

  return {
    ok: true,
    receipt: {
      dossierId: dossier.id,
      dossierCode: dossier.code,
      receivedAt: dossier.receivedAt,
      returnDate: dossier.returnDate,
      print,
      ...(payment === undefined ? {} : { payment }),
    },
  };
}
