import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusStream } from './status-stream';

describe('StatusStream', () => {
  it('splits replies, ASB blocks and noise', () => {
    const stream = new StatusStream();
    const events = stream.push(
      Uint8Array.of(0x12, 0x10, 0x00, 0x0c, 0x00, 0x01),
    );
    expect(events).toEqual([
      { kind: 'reply', byte: 0x12 },
      { kind: 'asb', bytes: Uint8Array.of(0x10, 0x00, 0x0c, 0x00) },
      { kind: 'noise', byte: 0x01 },
    ]);
  });

  it('joins an ASB block cut across chunks', () => {
    const stream = new StatusStream();
    expect(stream.push(Uint8Array.of(0x18, 0x00))).toEqual([]);
    expect(stream.push(Uint8Array.of(0x00, 0x00, 0x12))).toEqual([
      { kind: 'asb', bytes: Uint8Array.of(0x18, 0x00, 0x00, 0x00) },
      { kind: 'reply', byte: 0x12 },
    ]);
  });

  it('accounts for every byte and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 20 })), (chunks) => {
        const stream = new StatusStream();
        const events = chunks.flatMap((chunk) => stream.push(chunk));
        const seen = events.reduce(
          (sum, e) => sum + (e.kind === 'asb' ? 4 : 1),
          0,
        );
        const total = chunks.reduce((sum, c) => sum + c.length, 0);
        expect(total - seen).toBeLessThan(4);
      }),
    );
  });
});
