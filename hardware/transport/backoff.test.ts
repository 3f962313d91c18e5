import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fullJitterDelay } from './backoff';

test('each delay lies between zero and the capped exponential ceiling', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 1, max: 5_000 }),
      fc.integer({ min: 1, max: 120_000 }),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      (attempt, baseMs, capMs, r) => {
        const delay = fullJitterDelay(attempt, { baseMs, capMs }, () => r);
        const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.max(ceiling, 1));
        expect(Number.isInteger(delay)).toBe(true);
      },
    ),
  );
});

test('the ceiling doubles per attempt until the cap', () => {
  const top = (attempt: number): number =>
    fullJitterDelay(attempt, { baseMs: 100, capMs: 1_000 }, () => 0.999_999);
  expect([0, 1, 2, 3, 4, 10].map(top)).toEqual([99, 199, 399, 799, 999, 999]);
});
