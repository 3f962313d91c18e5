import { z } from 'zod';

/**
 * The one structured error shape that crosses every process boundary. `code`
 * is stable and machine-readable, `message` is for the log and the person on
 * call (the app translates `code` for residents), `field` is the dotted path
 * of the offending input when there is one.
 */
export const protocolErrorSchema = z.strictObject({
  code: z.string().min(1).max(64),
  message: z.string().max(500),
  field: z.string().max(200).optional(),
});

export type ProtocolError = z.infer<typeof protocolErrorSchema>;

/**
 * Builds an error that always fits `protocolErrorSchema`: message and field
 * can quote a peer's input (an unknown key of any length), so they are cut
 * to the bounds the other side will check.
 */
export function protocolError(
  code: string,
  message: string,
  field?: string,
): ProtocolError {
  const bounded = message.slice(0, 500);
  return field === undefined
    ? { code, message: bounded }
    : { code, message: bounded, field: field.slice(0, 200) };
}

/**
 * Turns the first zod issue into a specific `ProtocolError`. Parse with
 * `{ reportInput: true }`: zod drops each issue's input otherwise, and a
 * missing field can then not be told apart from one of the wrong type.
 */
export function fromZodError(error: z.ZodError): ProtocolError {
  const issue = error.issues[0];
  if (issue === undefined) {
    return protocolError('invalid_message', 'The message is not valid');
  }
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  const where = field ?? 'message';

  switch (issue.code) {
    case 'invalid_type':
      if ('input' in issue && issue.input === undefined) {
        return protocolError('required', `${where} is required`, field);
      }
      return protocolError(
        'invalid_type',
        `${where} must be of type ${issue.expected}`,
        field,
      );
    case 'too_big':
      return protocolError(
        'too_long',
        `${where} must be at most ${String(issue.maximum)}` +
          unitOf(issue.origin),
        field,
      );
    case 'too_small':
      return protocolError(
        'too_short',
        `${where} must be at least ${String(issue.minimum)}` +
          unitOf(issue.origin),
        field,
      );
    case 'invalid_format':
      return protocolError('invalid_format', issue.message, field);
    case 'invalid_value':
      return protocolError(
        'invalid_value',
        `${where} must be one of ${issue.values.map(String).join(', ')}`,
        field,
      );
    case 'unrecognized_keys':
      return protocolError(
        'unknown_field',
        `Unknown field ${issue.keys.join(', ')} in ${where}`,
        [...issue.path, issue.keys[0]].join('.'),
      );
    case 'invalid_union':
      return protocolError(
        'invalid_value',
        `${where} matches none of the allowed shapes`,
        field,
      );
    case 'custom':
      return protocolError(
        (issue.params?.['code'] as string | undefined) ?? 'invalid_value',
        issue.message,
        field,
      );
    default:
      return protocolError('invalid_value', issue.message, field);
  }
}

// A bound on a number is a value, not a count of anything.
function unitOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set' || origin === 'map') {
    return ' items';
  }
  return '';
}
