import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagsFromAsb, isAsbFollower, statusFromAsb } from './asb';
import { asbBlockFor } from './simulator/status-bytes';

const AT = new Date('2026-08-01T03:00:00Z');

function stateOf(block: number[]) {
  const result = statusFromAsb(block, AT);
  return result.ok ? result.value : result.error;
}

describe('Automatic Status Back blocks', () => {
  it('reads an idle block as ready', () => {
    expect(stateOf([0x10, 0x00, 0x00, 0x00])).toEqual({
      state: 'ready',
      at: AT.toISOString(),
    });
  });

  it.each([
    ['byte 1 bit2 drawer pin high', 'ready', [0x14, 0, 0, 0]],
    ['byte 1 bit3 offline', 'error', [0x18, 0, 0, 0]],
    ['byte 1 bit5 cover open', 'coverOpen', [0x30, 0, 0, 0]],
    ['byte 1 bit6 feed button', 'ready', [0x50, 0, 0, 0]],
    ['byte 2 bit0 waiting for recovery', 'ready', [0x10, 0x01, 0, 0]],
    ['byte 2 bit1 feed button', 'ready', [0x10, 0x02, 0, 0]],
    ['byte 2 bit2 recoverable error', 'error', [0x10, 0x04, 0, 0]],
    ['byte 2 bit3 autocutter error', 'error', [0x10, 0x08, 0, 0]],
    ['byte 2 bit5 unrecoverable error', 'error', [0x10, 0x20, 0, 0]],
    ['byte 2 bit6 auto-recoverable error', 'error', [0x10, 0x40, 0, 0]],
    ['byte 3 bits0+1 paper near end', 'paperNearEnd', [0x10, 0, 0x03, 0]],
    ['byte 3 bit0 alone', 'ready', [0x10, 0, 0x01, 0]],
    ['byte 3 bits2+3 paper end', 'paperOut', [0x18, 0, 0x0c, 0]],
    ['byte 3 bit2 alone', 'ready', [0x10, 0, 0x04, 0]],
    ['byte 4 undefined bits', 'ready', [0x10, 0, 0, 0x6f]],
  ])('%s → %s', (_, state, block) => {
    expect(stateOf(block)).toMatchObject({ state });
  });

  it.each([
    ['cover over paper out', 'coverOpen', [0x38, 0, 0x0f, 0]],
    ['paper out over error', 'paperOut', [0x18, 0x20, 0x0c, 0]],
    ['error over paper near end', 'error', [0x10, 0x08, 0x03, 0]],
  ])('applies the DLE EOT precedence: %s', (_, state, block) => {
    expect(stateOf(block)).toMatchObject({ state });
  });

  it('names the cause of an error', () => {
    expect(stateOf([0x10, 0x08, 0, 0])).toMatchObject({
      detail: 'autocutter error',
    });
  });

  it.each([
    ['a DLE EOT reply as header', [0x12, 0, 0, 0]],
    ['bit 4 set in byte 2', [0x10, 0x10, 0, 0]],
    ['bit 7 set in byte 4', [0x10, 0, 0, 0x80]],
    ['three bytes', [0x10, 0, 0]],
    ['a value over 255', [0x10, 0, 0x100, 0]],
  ])('refuses %s', (_, block) => {
    expect(stateOf(block)).toMatchObject({ code: 'error' });
  });

  it('agrees with the virtual printer on every condition', () => {
    for (const condition of [
      'ready',
      'paperNearEnd',
      'paperOut',
      'coverOpen',
    ] as const) {
      const status = statusFromAsb(asbBlockFor(condition), AT);
      const expected = condition === 'paperOut' ? 'paperOut' : condition;
      expect(status).toMatchObject({ value: { state: expected } });
    }
  });

  it('tells ASB followers by bits 4 and 7', () => {
    expect(isAsbFollower(0x6f)).toBe(true);
    expect(isAsbFollower(0x10)).toBe(false);
    expect(isAsbFollower(0x80)).toBe(false);
  });

  it('never throws on arbitrary blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -300, max: 600 }), { maxLength: 6 }),
        (block) => {
          const result = flagsFromAsb(block);
          if (!result.ok) expect(result.error.code).toBe('error');
        },
      ),
    );
  });
});
