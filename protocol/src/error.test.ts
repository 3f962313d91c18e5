import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { fromZodError, protocolError, protocolErrorSchema } from './error';

function firstError(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error('expected the input to be refused');
  return fromZodError(parsed.error);
}

describe('protocolError', () => {
  test('an error without a field has no field key at all', () => {
    expect(protocolError('busy', 'Try again')).toEqual({
      code: 'busy',
      message: 'Try again',
    });
    expect('field' in protocolError('busy', 'Try again')).toBe(false);
  });

  test('a long message and field are cut to what the schema allows', () => {
    const error = protocolError('x', 'm'.repeat(900), 'f'.repeat(900));

    expect(error.message).toHaveLength(500);
    expect(error.field).toHaveLength(200);
    expect(protocolErrorSchema.safeParse(error).success).toBe(true);
  });
});

describe('fromZodError', () => {
  test('an error with no issues is an invalid message', () => {
    expect(fromZodError(new z.ZodError([]))).toEqual({
      code: 'invalid_message',
      message: 'The message is not valid',
    });
  });

  test('a missing key is required and a wrong type is not', () => {
    const schema = z.object({ name: z.string() });

    expect(firstError(schema, {})).toMatchObject({
      code: 'required',
      field: 'name',
    });
    expect(firstError(schema, { name: 7 })).toMatchObject({
      code: 'invalid_type',
      field: 'name',
    });
  });

  test('without the input reported a wrong type is not called required', () => {
    const parsed = z.object({ name: z.string() }).safeParse({ name: 7 });

    expect(parsed.success || fromZodError(parsed.error).code).toBe(
      'invalid_type',
    );
  });

  test('bounds name characters for text, items for lists, nothing for numbers', () => {
    expect(firstError(z.string().max(2), 'abc').message).toBe(
      'message must be at most 2 characters',
    );
    expect(firstError(z.array(z.number()).min(1), []).message).toBe(
      'message must be at least 1 items',
    );
    expect(firstError(z.number().max(9), 10).message).toBe(
      'message must be at most 9',
    );
  });

  test('an unknown key deep inside names the key in its field path', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) });

    expect(firstError(schema, { a: { b: 1, c: 2 } })).toMatchObject({
      code: 'unknown_field',
      field: 'a.c',
    });
  });

  test('a refinement carrying a code keeps it, one without is an invalid value', () => {
    const coded = z.string().refine((value) => value !== 'x', {
      message: 'not x',
      params: { code: 'forbidden_x' },
    });
    const plain = z.string().refine((value) => value !== 'x', 'not x');

    expect(firstError(coded, 'x')).toEqual({
      code: 'forbidden_x',
      message: 'not x',
    });
    expect(firstError(plain, 'x').code).toBe('invalid_value');
  });

  test('a value outside an enum lists the allowed values', () => {
    const error = firstError(z.enum(['vi', 'en']), 'fr');

    expect(error).toEqual({
      code: 'invalid_value',
      message: 'message must be one of vi, en',
    });
  });
});
