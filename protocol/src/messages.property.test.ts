import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { protocolErrorSchema } from './error';
import { isMessageName, messages, parseMessage } from './messages';
import type { MessageName } from './messages';

const names = Object.keys(messages) as MessageName[];

// Keys that the schemas know, so that generated objects reach past the first
// level of validation instead of failing on an unknown key at once.
const knownKeys = [
  'kioskId',
  'simulator',
  'protocolVersion',
  'source',
  'identity',
  'error',
  'code',
  'message',
  'field',
  'seq',
  'procedures',
  'requestId',
  'procedureId',
  'language',
  'applicant',
  'fields',
  'fullName',
  'idNumber',
  'ok',
  'receipt',
  'msgId',
  'dossier',
  'dossierId',
  'duplicate',
  'retryable',
  'state',
  'at',
  'detail',
  'sentAt',
  'devices',
  'outbox',
  'pending',
  'data',
  'condition',
];

function expectWellFormed(name: MessageName, input: unknown): void {
  const result = parseMessage(name, input);
  if (result.ok) return;

  expect(result.error.code.length).toBeGreaterThan(0);
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(protocolErrorSchema.safeParse(result.error).success).toBe(true);
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) {
    value = level % 2 === 0 ? { applicant: value, fields: value } : [value];
  }
  return value;
}

const anything = fc.anything({
  maxDepth: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const hugeString = fc.constantFrom(
  'x'.repeat(1_000_000),
  'ễ'.normalize('NFD').repeat(200_000),
  '\u0000'.repeat(100_000),
);

describe('parseMessage on hostile input', () => {
  test('arbitrary values never throw and always give a coded answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), anything, (name, input) => {
        expectWellFormed(name, input);
      }),
      { numRuns: 2000 },
    );
  });

  test('objects built from known keys never throw', () => {
    const value = fc.oneof(anything, hugeString);
    const objects = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        value,
        fc.dictionary(fc.constantFrom(...knownKeys), tie('node'), {
          maxKeys: 6,
        }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;

    fc.assert(
      fc.property(fc.constantFrom(...names), objects, (name, input) => {
        expectWellFormed(name, input);
      }),
      { numRuns: 500 },
    );
  });

  test('values nested thousands of levels deep never throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.integer({ min: 1, max: 5000 }),
        (name, depth) => {
          expectWellFormed(name, nested(depth, 'x'));
        },
      ),
      { numRuns: 50 },
    );
  });

  test('a huge unknown key still yields an error that fits its schema', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.string({ minLength: 600, maxLength: 5000 }),
        (name, key) => {
          expectWellFormed(name, { [key]: 1 });
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a name outside the registry is always an unknown message', () => {
    fc.assert(
      fc.property(fc.anything(), (name) => {
        fc.pre(!isMessageName(name));
        const result = parseMessage(name as MessageName, {});

        expect(result.ok || result.error.code).toBe('unknown_message');
      }),
    );
  });
});
