import type {
  DossierReceipt,
  Procedure,
  ProtocolError,
} from '@motcua/protocol';
import {
  findProcedure,
  mergeValues,
  prefillValues,
  validateForm,
} from './form';
import { formFieldOf } from './guards';
import type { Consent, HeldAttachments, SubmitDossierContext } from './types';

type Context = SubmitDossierContext;

/** The context of a kiosk nobody is using: nothing personal in it. */
export function emptyContext(
  keep: Pick<Context, 'agent' | 'printer'> = { agent: null, printer: null },
): Context {
  return {
    agent: keep.agent,
    printer: keep.printer,
    language: 'vi',
    procedures: [],
    catalogError: null,
    identity: null,
    identityError: null,
    procedureId: null,
    values: {},
    fieldErrors: {},
    attachments: {},
    consent: null,
    allowDuplicate: false,
    submitError: null,
    requestId: null,
    receipt: null,
  };
}

/** Choosing another procedure starts its form from the card's data. */
export function withProcedure(context: Context, procedureId: string): Context {
  const procedure = findProcedure(context.procedures, procedureId);
  const prefilled = prefillValues(procedure?.fields ?? [], context.identity);
  const same = procedureId === context.procedureId;
  return {
    ...context,
    procedureId,
    values: same ? mergeValues(prefilled, context.values) : prefilled,
    // Another procedure asks for other documents and other data.
    attachments: same ? context.attachments : {},
    consent: same ? context.consent : null,
    allowDuplicate: same ? context.allowDuplicate : false,
    fieldErrors: {},
    submitError: null,
    requestId: same ? context.requestId : null,
  };
}

export function withFieldValue(
  context: Context,
  fieldId: string,
  value: string,
): Context {
  const fieldErrors = Object.fromEntries(
    Object.entries(context.fieldErrors).filter(([id]) => id !== fieldId),
  );
  return {
    ...context,
    values: { ...context.values, [fieldId]: value },
    fieldErrors,
    submitError: null,
    // What is sent changed, so the next submit is a new attempt, and the
    // resident is asked again about optional data.
    requestId: null,
    consent: null,
  };
}

export function withFormChecked(context: Context): Context {
  const procedure = findProcedure(context.procedures, context.procedureId);
  return {
    ...context,
    fieldErrors: validateForm(procedure?.fields ?? [], context.values),
  };
}

export function withSubmitError(
  context: Context,
  error: ProtocolError,
): Context {
  const fieldId = formFieldOf(error.field);
  return {
    ...context,
    submitError: error,
    fieldErrors:
      fieldId === undefined
        ? context.fieldErrors
        : { ...context.fieldErrors, [fieldId]: error.code },
  };
}

/** The scans kept on the documents step; a change is a new attempt. */
export function withAttachments(
  context: Context,
  attachments: HeldAttachments,
): Context {
  const unchanged =
    JSON.stringify(attachments) === JSON.stringify(context.attachments);
  return {
    ...context,
    attachments,
    requestId: unchanged ? context.requestId : null,
  };
}

/** The answer about optional data; a changed answer is a new attempt. */
export function withConsent(context: Context, consent: Consent): Context {
  return {
    ...context,
    consent,
    requestId: consent === context.consent ? context.requestId : null,
  };
}

export function withCatalog(
  context: Context,
  procedures: readonly Procedure[],
): Context {
  return { ...context, procedures, catalogError: null };
}

export function withReceipt(
  context: Context,
  receipt: DossierReceipt,
): Context {
  return { ...context, receipt, submitError: null };
}

/** Drops the resident: identity, form and receipt; language back to vi. */
export function withoutResident(context: Context): Context {
  return emptyContext({ agent: context.agent, printer: context.printer });
}
