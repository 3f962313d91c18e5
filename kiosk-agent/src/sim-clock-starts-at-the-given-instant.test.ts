import { describe, expect, it } from 'vitest';
import { agentClock } from './sim-clock';

describe('the agent clock', () => {
  it('starts a simulator at the given instant and keeps running', () => {
    let real = 1_000_000;
    const now = agentClock(true, '2026-12-07T02:00:00.000Z', () => real);
    expect(now().toISOString()).toBe('2026-12-07T02:00:00.000Z');
    real += 1500;
    expect(now().toISOString()).toBe('2026-12-07T02:00:01.500Z');
  });

  it('is the real clock outside simulator mode, whatever is set', () => {
    const now = agentClock(false, '2026-12-07T02:00:00.000Z', () => 42);
    expect(now().getTime()).toBe(42);
  });

  it('refuses a start that is not an instant', () => {
    expect(() => agentClock(true, 'tomorrow')).toThrow(/MOTCUA_SIM_CLOCK/);
  });
});
