import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  checkProtocolVersion,
  isMessageName,
  messages,
  parseMessage,
  PROTOCOL_VERSION,
} from './messages';
import type { MessageName } from './messages';

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

describe('message registry', () => {
  test('every message is at the current version with a summary', () => {
    for (const definition of Object.values(messages)) {
      expect(definition.version).toBe(PROTOCOL_VERSION);
      expect(definition.summary.length).toBeGreaterThan(0);
    }
  });

  test('every event in the README wire tables is in the registry', () => {
    const readme = readFileSync(
      new URL('../README.md', import.meta.url),
      'utf8',
    );
    const documented = [...readme.matchAll(/^\| `([a-z]+\.[a-zA-Z]+)` +\|/gm)]
      .map((match) => match[1])
      .filter((name) => name !== undefined);

    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((name) => !isMessageName(name))).toEqual([]);
  });

  test('inherited object keys are not message names', () => {
    expect(isMessageName('toString')).toBe(false);
    expect(isMessageName('__proto__')).toBe(false);
    expect(isMessageName(42)).toBe(false);
  });
});

describe('parseMessage', () => {
  test('an unknown message name is refused without a field', () => {
    const result = parseMessage('dossier.cancel' as MessageName, {});

    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_message', message: expect.any(String) },
    });
  });

  test('a name inherited from Object is an unknown message', () => {
    expect(parseMessage('constructor' as MessageName, {})).toEqual(
      refusal('unknown_message'),
    );
  });

  test('a name that cannot be turned into text is refused, not thrown', () => {
    const name = Object.create(null) as MessageName;

    expect(parseMessage(name, {})).toEqual(refusal('unknown_message'));
  });

  test('a missing payload is refused as required without a field', () => {
    expect(parseMessage('session.end', undefined)).toEqual(refusal('required'));
  });

  test('a payload of the wrong type is refused as such', () => {
    expect(parseMessage('session.end', 'bye')).toEqual(refusal('invalid_type'));
  });
});

describe('agent.hello', () => {
  const hello = {
    kioskId: 'ben-thanh-01',
    simulator: true,
    protocolVersion: 1,
  };

  test('a hello in simulator mode parses unchanged', () => {
    expect(parseMessage('agent.hello', hello)).toEqual({
      ok: true,
      value: hello,
    });
  });

  test('a version sent as text has the wrong type', () => {
    expect(
      parseMessage('agent.hello', { ...hello, protocolVersion: '1' }),
    ).toEqual(refusal('invalid_type', 'protocolVersion'));
  });

  test('a hello without its simulator flag is refused as required', () => {
    const { simulator: _omitted, ...withoutFlag } = hello;

    expect(parseMessage('agent.hello', withoutFlag)).toEqual(
      refusal('required', 'simulator'),
    );
  });

  test('a kiosk id with a control character is refused as such', () => {
    expect(
      parseMessage('agent.hello', { ...hello, kioskId: 'kiosk\u001b[1m' }),
    ).toEqual(refusal('control_character', 'kioskId'));
  });
});

describe('session.end', () => {
  test('an empty payload parses', () => {
    expect(parseMessage('session.end', {})).toEqual({ ok: true, value: {} });
  });

  test('a payload with a reason is an unknown field', () => {
    expect(parseMessage('session.end', { reason: 'timeout' })).toEqual(
      refusal('unknown_field', 'reason'),
    );
  });
});

describe('checkProtocolVersion', () => {
  test('the current version is accepted', () => {
    expect(checkProtocolVersion(PROTOCOL_VERSION)).toEqual({
      ok: true,
      value: PROTOCOL_VERSION,
    });
  });

  test('version 2 is unsupported, pointing at protocolVersion', () => {
    expect(checkProtocolVersion(2)).toEqual(
      refusal('unsupported_version', 'protocolVersion'),
    );
  });

  test('the version as text is unsupported', () => {
    expect(checkProtocolVersion('1')).toEqual(
      refusal('unsupported_version', 'protocolVersion'),
    );
  });

  test('a missing version is unsupported', () => {
    expect(checkProtocolVersion(undefined)).toEqual(
      refusal('unsupported_version', 'protocolVersion'),
    );
  });

  test('an object that breaks String() is refused, not thrown', () => {
    const hostile = JSON.parse('{"toString": 1}') as unknown;

    expect(checkProtocolVersion(hostile)).toEqual(
      refusal('unsupported_version', 'protocolVersion'),
    );
  });
});
