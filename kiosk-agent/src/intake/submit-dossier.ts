import type {
  DossierSubmitAnswer,
  Logger,
  PrintOutcome,
  Procedure,
  DossierRecord,
} from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { WorkingDayCalendar } from '../calendar/working-days';
import { returnDate } from '../calendar/working-days';
import { DailyLimitReached } from '../store/dossier-store';
import type { DossierStore } from '../store/dossier-store';
import { checkDossier } from './check-dossier';

export interface IntakeDeps {
  readonly kioskId: string;
  readonly store: DossierStore;
  readonly calendar: () => WorkingDayCalendar;
  readonly procedures: () => readonly Procedure[];
  /** Prints the slip of a committed dossier. Called only after the commit. */
  readonly print: (
    record: DossierRecord,
    procedure: Procedure,
  ) => Promise<PrintOutcome>;
  /** Wakes the outbox so delivery starts at once. */
  readonly committed: () => void;
  readonly now: () => Date;
  readonly logger: Logger;
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
  if (!parsed.ok) {
    deps.logger.log('dossier-refused', 'failure', { error: parsed.error });
    return { ok: false, error: parsed.error };
  }
  const submit = parsed.value;

  const checked = checkDossier(submit, deps.procedures());
  if (!checked.ok) {
    deps.logger.log('dossier-refused', 'failure', { error: checked.error });
    return { ok: false, error: checked.error };
  }
  const procedure = checked.value;

  const receivedAt = deps.now();
  let committed: { record: DossierRecord; created: boolean };
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
    });
  } catch (error) {
    if (error instanceof DailyLimitReached) {
      const refusal = protocolError(
        'daily_limit',
        'This kiosk has issued its last dossier code for today',
      );
      deps.logger.log('dossier-refused', 'failure', { error: refusal });
      return { ok: false, error: refusal };
    }
    throw error;
  }
  const { record, created } = committed;
  deps.logger.log('dossier-committed', 'success', {
    dossierId: record.id,
    code: record.code,
    procedureId: record.procedureId,
    repeated: !created,
  });
  deps.committed();

  const print: PrintOutcome = deps.store.isPrinted(record.id)
    ? 'printed'
    : await deps.print(record, procedure);
  if (print === 'printed') {
    deps.store.markPrinted(record.id, deps.now());
    deps.logger.log('slip-printed', 'success', { code: record.code });
  } else {
    deps.logger.log('slip-print-failed', 'failure', {
      code: record.code,
      print,
    });
  }

  return {
    ok: true,
    receipt: {
      dossierId: record.id,
      dossierCode: record.code,
      receivedAt: record.receivedAt,
      returnDate: record.returnDate,
      print,
    },
  };
}
