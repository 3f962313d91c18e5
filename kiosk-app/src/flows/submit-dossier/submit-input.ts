import { withheldFieldIds } from './consent';
import { findProcedure, valuesToSend } from './form';
import type { SubmitDossierContext, SubmitInput } from './types';

/**
 * The `dossier.submit` the flow sends: the procedure's own fields (optional
 * data only with consent), the scans kept for its documents, and the
 * resident's "submit anyway" after a duplicate warning.
 */
export function submitInput(context: SubmitDossierContext): SubmitInput {
  const procedure = findProcedure(context.procedures, context.procedureId);
  if (
    procedure === undefined ||
    context.identity === null ||
    context.requestId === null
  ) {
    throw new Error('submitting without identity, procedure or request id');
  }
  return {
    requestId: context.requestId,
    procedureId: procedure.id,
    language: context.language,
    applicant: context.identity,
    fields: valuesToSend(
      procedure.fields,
      context.values,
      withheldFieldIds(procedure.fields, context.values, context.consent),
    ),
    ...(context.allowDuplicate ? { allowDuplicate: true } : {}),
    attachments: procedure.attachments.flatMap((requirement) => {
      const held = context.attachments[requirement.id];
      return held === undefined
        ? []
        : [
            {
              requirementId: held.requirementId,
              attachmentId: held.attachmentId,
            },
          ];
    }),
  };
}
