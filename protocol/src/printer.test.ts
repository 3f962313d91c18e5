import { describe, expect, test } from 'vitest';
import { parseMessage } from './messages';

const at = '2026-12-03T02:15:00Z';

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

describe('printer.status', () => {
  test.each(['ready', 'paperNearEnd', 'paperOut', 'coverOpen', 'disconnected'])(
    'the %s state with its time parses unchanged',
    (state) => {
      expect(parseMessage('printer.status', { state, at })).toEqual({
        ok: true,
        value: { state, at },
      });
    },
  );

  test('the error state with its detail parses unchanged', () => {
    const input = { state: 'error', at, detail: 'cutter jam' };

    expect(parseMessage('printer.status', input)).toEqual({
      ok: true,
      value: input,
    });
  });

  test('the error state without its detail is refused as required', () => {
    expect(parseMessage('printer.status', { state: 'error', at })).toEqual(
      refusal('required', 'detail'),
    );
  });

  test('an error detail of 201 characters is too long', () => {
    const result = parseMessage('printer.status', {
      state: 'error',
      at,
      detail: 'x'.repeat(201),
    });

    expect(result).toEqual(refusal('too_long', 'detail'));
  });

  test('a detail on the ready state is an unknown field', () => {
    const result = parseMessage('printer.status', {
      state: 'ready',
      at,
      detail: 'fine',
    });

    expect(result).toEqual(refusal('unknown_field', 'detail'));
  });

  test('an unknown state matches no shape', () => {
    expect(parseMessage('printer.status', { state: 'jammed', at })).toEqual(
      refusal('invalid_value', 'state'),
    );
  });

  test('a status without its time is refused as required', () => {
    expect(parseMessage('printer.status', { state: 'ready' })).toEqual(
      refusal('required', 'at'),
    );
  });

  test('a status time that is not ISO 8601 has an invalid format', () => {
    const result = parseMessage('printer.status', {
      state: 'ready',
      at: 'Thu Dec 03 2026',
    });

    expect(result).toEqual(refusal('invalid_format', 'at'));
  });

  test('a number instead of a status object has the wrong type', () => {
    expect(parseMessage('printer.status', 5)).toEqual(refusal('invalid_type'));
  });
});
