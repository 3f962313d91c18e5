import type {
  DossierSubmit,
  FormField,
  Procedure,
  ProtocolError,
  Result,
} from '@motcua/protocol';
import { checkIdNumber, err, ok, protocolError } from '@motcua/protocol';

const PHONE = /^0(3|5|7|8|9)\d{8}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Intake checks beyond the schema: the procedure exists, the ID number fits
 * the birth date and sex, and every form field follows its catalog entry.
 */
export function checkDossier(
  submit: DossierSubmit,
  procedures: readonly Procedure[],
): Result<Procedure, ProtocolError> {
  const procedure = procedures.find((p) => p.id === submit.procedureId);
  if (procedure === undefined) {
    return err(
      protocolError(
        'unknown_procedure',
        `Procedure ${submit.procedureId} is not offered at this kiosk`,
        'procedureId',
      ),
    );
  }

  const { applicant } = submit;
  const id = checkIdNumber(
    applicant.idNumber,
    applicant.dateOfBirth,
    applicant.sex,
  );
  if (!id.ok) {
    return err({ ...id.error, field: 'applicant.idNumber' });
  }

  for (const key of Object.keys(submit.fields)) {
    if (!procedure.fields.some((field) => field.id === key)) {
      return err(
        protocolError(
          'unknown_field',
          `Unknown form field ${key}`,
          `fields.${key}`,
        ),
      );
    }
  }
  for (const field of procedure.fields) {
    const problem = checkField(field, submit.fields[field.id] ?? '');
    if (problem !== undefined) return err(problem);
  }
  return checkAttachments(submit, procedure);
}

/** Attachments name one of the procedure's documents; required ones exist. */
function checkAttachments(
  submit: DossierSubmit,
  procedure: Procedure,
): Result<Procedure, ProtocolError> {
  const chosen = submit.attachments ?? [];
  for (const [index, choice] of chosen.entries()) {
    if (!procedure.attachments.some((a) => a.id === choice.requirementId)) {
      return err(
        protocolError(
          'unknown_field',
          `Procedure ${procedure.id} asks for no document ${choice.requirementId}`,
          `attachments.${String(index)}.requirementId`,
        ),
      );
    }
  }
  for (const requirement of procedure.attachments) {
    if (
      requirement.required &&
      !chosen.some((choice) => choice.requirementId === requirement.id)
    ) {
      return err(
        protocolError(
          'attachment.required',
          `Document ${requirement.id} is required`,
          `attachments.${requirement.id}`,
        ),
      );
    }
  }
  return ok(procedure);
}

function checkField(field: FormField, raw: string): ProtocolError | undefined {
  const value = raw.trim();
  const path = `fields.${field.id}`;
  if (value === '') {
    return field.required
      ? protocolError('required', `${path} is required`, path)
      : undefined;
  }
  if (Array.from(value).length > field.maxLength) {
    return protocolError(
      'too_long',
      `${path} must be at most ${field.maxLength} characters`,
      path,
    );
  }
  switch (field.kind) {
    case 'phone':
      return PHONE.test(value.replace(/[\s.]/g, ''))
        ? undefined
        : protocolError('phone.format', `${path} is not a phone number`, path);
    case 'date':
      return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : protocolError('date.invalid', `${path} is not a date`, path);
    case 'select':
      return field.options?.some((option) => option.value === value) === false
        ? protocolError('invalid_value', `${path} is not an option`, path)
        : undefined;
    case 'idNumber':
      return /^\d{12}$/.test(value)
        ? undefined
        : protocolError('id.format', `${path} must be 12 digits`, path);
    case 'province':
      return /^\d{2}$/.test(value)
        ? undefined
        : protocolError('place.format', `${path} is not a province code`, path);
    case 'ward':
      return /^\d{5}$/.test(value)
        ? undefined
        : protocolError('place.format', `${path} is not a ward code`, path);
    case 'text':
    case 'longText':
      return undefined;
    default: {
      const unhandled: never = field.kind;
      return unhandled;
    }
  }
}
