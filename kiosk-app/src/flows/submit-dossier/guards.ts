import { findProcedure, validateForm } from './form';
import type {
  CatalogOutcome,
  SubmitDossierContext,
  SubmitOutcome,
} from './types';

type GuardArgs = { readonly context: SubmitDossierContext };

export function isFormComplete({ context }: GuardArgs): boolean {
  const procedure = findProcedure(context.procedures, context.procedureId);
  if (procedure === undefined) return false;
  return (
    Object.keys(validateForm(procedure.fields, context.values)).length === 0
  );
}

export function isReadyToSubmit(args: GuardArgs): boolean {
  return args.context.identity !== null && isFormComplete(args);
}

export function isOfferedProcedure(
  { context }: GuardArgs,
  params: { readonly procedureId: string },
): boolean {
  return findProcedure(context.procedures, params.procedureId) !== undefined;
}

export function isCatalogLoaded(
  _: unknown,
  params: { readonly outcome: CatalogOutcome },
): boolean {
  return params.outcome.ok;
}

export function isAccepted(
  _: unknown,
  params: { readonly outcome: SubmitOutcome },
): boolean {
  return params.outcome.kind === 'accepted';
}

/** A refusal that names one of the form's fields goes back to the form. */
export function isRefusedOnField(
  { context }: GuardArgs,
  params: { readonly outcome: SubmitOutcome },
): boolean {
  const { outcome } = params;
  if (outcome.kind !== 'refused') return false;
  const fieldId = formFieldOf(outcome.error.field);
  const procedure = findProcedure(context.procedures, context.procedureId);
  return procedure?.fields.some((field) => field.id === fieldId) ?? false;
}

export function isRefused(
  _: unknown,
  params: { readonly outcome: SubmitOutcome },
): boolean {
  return params.outcome.kind === 'refused';
}

/** `fields.phone` → `phone`; anything else has no form field. */
export function formFieldOf(path: string | undefined): string | undefined {
  const match = /^fields\.([a-zA-Z0-9]+)$/.exec(path ?? '');
  return match?.[1];
}
