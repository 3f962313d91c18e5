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
import type { SubmitDossierContext } from './types';

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
    submitError: null,
    requestId: null,
    receipt: null,
  };
}

/** Choosing another procedure starts its form from the card's data. */
export function withProcedure(context: Context, procedureId: string): Context {
  const procedure = findProcedure(context.procedures, procedureId);
  const prefilled = prefillValues(procedure?.fields ?? [], context.identity);
  const values =
    procedureId === context.procedureId
      ? mergeValues(prefilled, context.values)
      : prefilled;
  return {
    ...context,
    procedureId,
    values,
    fieldErrors: {},
    submitError: null,
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
    // What is sent changed, so the next submit is a new attempt.
    requestId: null,
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
