import { missingRequired } from '../../intake-checks';
import type { AttachmentsOutput } from './attachments/types';
import { optionalDataFields } from './consent';
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

export function hasAttachmentRequirements({ context }: GuardArgs): boolean {
  const procedure = findProcedure(context.procedures, context.procedureId);
  return (procedure?.attachments.length ?? 0) > 0;
}

export function hasRequiredAttachments({ context }: GuardArgs): boolean {
  const procedure = findProcedure(context.procedures, context.procedureId);
  if (procedure === undefined) return false;
  const present = new Set(Object.keys(context.attachments));
  return missingRequired(procedure.attachments, present).length === 0;
}

export function isReadyToSubmit(args: GuardArgs): boolean {
  return (
    args.context.identity !== null &&
    isFormComplete(args) &&
    hasRequiredAttachments(args)
  );
}

/** Optional data was given and the resident has not yet said yes or no. */
export function needsConsent({ context }: GuardArgs): boolean {
  const procedure = findProcedure(context.procedures, context.procedureId);
  if (procedure === undefined || context.consent !== null) return false;
  return optionalDataFields(procedure.fields, context.values).length > 0;
}

/** The agent warned that this person submitted this procedure lately. */
export function isLikelyDuplicate({ context }: GuardArgs): boolean {
  return context.submitError?.code === 'likely_duplicate';
}

export function wentBack(
  _: unknown,
  params: { readonly output: AttachmentsOutput },
): boolean {
  return params.output.direction === 'back';
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
