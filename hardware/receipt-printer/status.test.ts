import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAsbHeader,
  isRealTimeReply,
  statusFromReplies,
  statusRequestBytes,
} from './status';

const AT = new Date('2026-08-01T03:00:00Z');

/** Idle replies: only the fixed bits 1 and 4 set. */
const IDLE = 0x12;

function stateOf(replies: number[]) {
  const result = statusFromReplies(replies, AT);
  return result.ok ? result.value : result.error;
}

describe('DLE EOT status replies', () => {
  it('encodes the request as DLE EOT n', () => {
    expect([...statusRequestBytes(3)]).toEqual([0x10, 0x04, 0x03]);
  });

  it('reads four idle replies as ready', () => {
    expect(stateOf([IDLE, IDLE, IDLE, IDLE])).toEqual({
      state: 'ready',
      at: AT.toISOString(),
    });
  });

  it.each([
    ['n=1 bit2 drawer pin high', 'ready', [0x16, IDLE, IDLE, IDLE]],
    ['n=1 bit5 waiting for recovery', 'ready', [0x32, IDLE, IDLE, IDLE]],
    ['n=1 bit6 FEED pressed', 'ready', [0x52, IDLE, IDLE, IDLE]],
    ['n=1 bit3 offline', 'error', [0x1a, IDLE, IDLE, IDLE]],
    ['n=2 bit2 cover open', 'coverOpen', [0x1a, 0x16, IDLE, IDLE]],
    ['n=2 bit3 feeding by button', 'ready', [IDLE, 0x1a, IDLE, IDLE]],
    ['n=2 bit5 stopped for paper', 'paperOut', [0x1a, 0x32, IDLE, IDLE]],
    ['n=2 bit6 error', 'error', [0x1a, 0x52, IDLE, IDLE]],
    ['n=3 bit2 recoverable error', 'error', [IDLE, IDLE, 0x16, IDLE]],
    ['n=3 bit3 autocutter error', 'error', [IDLE, IDLE, 0x1a, IDLE]],
    ['n=3 bit5 unrecoverable error', 'error', [IDLE, IDLE, 0x32, IDLE]],
    ['n=3 bit6 auto-recoverable error', 'error', [IDLE, IDLE, 0x52, IDLE]],
    ['n=4 bits2+3 paper near end', 'paperNearEnd', [IDLE, IDLE, IDLE, 0x1e]],
    ['n=4 bit2 alone', 'ready', [IDLE, IDLE, IDLE, 0x16]],
    ['n=4 bits5+6 paper end', 'paperOut', [IDLE, IDLE, IDLE, 0x72]],
    ['n=4 bit5 alone', 'ready', [IDLE, IDLE, IDLE, 0x32]],
  ])('%s → %s', (_, state, replies) => {
    expect(stateOf(replies)).toMatchObject({ state });
  });

  it('names the error cause in the detail', () => {
    expect(stateOf([IDLE, IDLE, 0x1a, IDLE])).toMatchObject({
      state: 'error',
      detail: 'autocutter error',
    });
  });

  it.each([
    ['cover over paper out', 'coverOpen', [0x1a, 0x36, IDLE, 0x7e]],
    ['paper out over error', 'paperOut', [0x1a, 0x72, 0x32, 0x72]],
    ['error over paper near end', 'error', [IDLE, IDLE, 0x32, 0x1e]],
  ])('applies precedence: %s', (_, state, replies) => {
    expect(stateOf(replies)).toMatchObject({ state });
  });

  it('refuses bytes without the reply marker bits', () => {
    expect(stateOf([0x00, IDLE, IDLE, IDLE])).toMatchObject({ code: 'error' });
    expect(stateOf([IDLE, IDLE, 0x90, IDLE])).toMatchObject({ code: 'error' });
    expect(stateOf([IDLE, IDLE, IDLE])).toMatchObject({ code: 'error' });
  });

  it('tells a real-time reply from an ASB header', () => {
    expect(isRealTimeReply(0x12)).toBe(true);
    expect(isAsbHeader(0x12)).toBe(false);
    expect(isAsbHeader(0x10)).toBe(true);
    expect(isRealTimeReply(0x10)).toBe(false);
  });

  it('never throws on arbitrary replies', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -300, max: 600 })), (replies) => {
        const result = statusFromReplies(replies, AT);
        if (!result.ok) expect(result.error.code).toBe('error');
      }),
    );
  });
});
