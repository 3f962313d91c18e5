import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WedgeKey } from './burst';
import { createWedgeBurstDetector } from './burst';

const key = fc.oneof(
  fc.string({ minLength: 1, maxLength: 2 }),
  fc.constantFrom('Enter', 'Shift', 'Tab', 'Backspace', 'ArrowLeft', 'Dead'),
  fc.constant(''),
);
// Mostly realistic steps, sometimes anything a buggy caller could pass.
const step = fc.oneof(
  fc.integer({ min: 0, max: 300 }),
  fc.double({ noDefaultInfinity: false }),
);

const keyStream = fc.array(fc.tuple(key, step), { maxLength: 60 }).map((a) => {
  let at = 0;
  return a.map(([k, s]): WedgeKey => {
    at = Number.isFinite(at + s) ? at + s : s;
    return { key: k, at };
  });
});

describe('wedge burst detector properties', () => {
  it('never throws and gives every key back exactly once, in order', () => {
    fc.assert(
      fc.property(
        keyStream,
        fc.record({
          maxAverageIntervalMs: fc.integer({ min: 0, max: 100 }),
          minLength: fc.integer({ min: 0, max: 20 }),
          gapMs: fc.integer({ min: 0, max: 300 }),
        }),
        fc.array(fc.nat({ max: 60 })),
        (keys, thresholds, flushPoints) => {
          const detector = createWedgeBurstDetector(thresholds);
          const flushAt = new Set(flushPoints);
          const out = keys.flatMap((k, i) => [
            ...detector.push(k),
            ...(flushAt.has(i) ? detector.flush() : []),
          ]);
          out.push(...detector.flush());

          expect(out.flatMap((o) => o.keys)).toEqual(keys);
          expect(detector.holding).toBe(0);
        },
      ),
    );
  });

  it('a scan holds exactly the characters of its keys', () => {
    fc.assert(
      fc.property(keyStream, (keys) => {
        const detector = createWedgeBurstDetector();
        const out = [
          ...keys.flatMap((k) => detector.push(k)),
          ...detector.flush(),
        ];

        for (const o of out) {
          if (o.kind !== 'scan') continue;
          const chars = o.keys
            .map((k) => k.key)
            .filter((k) => [...k].length === 1);
          expect(o.data).toBe(chars.join('').normalize('NFC'));
        }
      }),
    );
  });
});
