import { describe, expect, test } from 'vitest';
import { parseMessage } from './messages';

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

describe('sim.scan', () => {
  test('a CCCD QR payload with separators parses unchanged', () => {
    const input = {
      data: '079090001234|025123456|Nguyễn Văn An|17051990|Nam|12 Lê Lợi|01042021',
    };

    expect(parseMessage('sim.scan', input)).toEqual({ ok: true, value: input });
  });

  test('scan data of 4096 characters is accepted and 4097 is too long', () => {
    expect(parseMessage('sim.scan', { data: 'x'.repeat(4096) })).toMatchObject({
      ok: true,
    });
    expect(parseMessage('sim.scan', { data: 'x'.repeat(4097) })).toEqual(
      refusal('too_long', 'data'),
    );
  });

  test('scan data sent as bytes has the wrong type', () => {
    expect(parseMessage('sim.scan', { data: [48, 55, 57] })).toEqual(
      refusal('invalid_type', 'data'),
    );
  });

  test('a scan without data is refused as required', () => {
    expect(parseMessage('sim.scan', {})).toEqual(refusal('required', 'data'));
  });
});

describe('sim.printer', () => {
  test.each(['ready', 'paperNearEnd', 'paperOut', 'coverOpen'])(
    'the %s condition parses unchanged',
    (condition) => {
      expect(parseMessage('sim.printer', { condition })).toEqual({
        ok: true,
        value: { condition },
      });
    },
  );

  test('a condition the simulator cannot cause is an invalid value', () => {
    expect(parseMessage('sim.printer', { condition: 'disconnected' })).toEqual(
      refusal('invalid_value', 'condition'),
    );
  });

  test('an extra key is an unknown field', () => {
    const result = parseMessage('sim.printer', {
      condition: 'ready',
      delayMs: 100,
    });

    expect(result).toEqual(refusal('unknown_field', 'delayMs'));
  });
});
