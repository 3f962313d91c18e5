import { describe, expect, it } from 'vitest';
import { fullJitter, SYNC_DELAYS } from './backoff';

describe('full-jitter backoff', () => {
  it('waits between zero and the exponential ceiling', () => {
    expect(fullJitter(0, () => 0)).toBe(0);
    expect(fullJitter(0, () => 0.999)).toBe(999);
    expect(fullJitter(3, () => 0.5)).toBe(4_000);
  });

  it('never waits longer than the cap, however many attempts', () => {
    expect(fullJitter(1_000, () => 0.999999)).toBeLessThan(
      SYNC_DELAYS.retryCap,
    );
  });
});
