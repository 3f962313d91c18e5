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

describe('StatusStream with noise', () => {
  it('drops a stray ASB header and still sees the reply after it', () => {
    const stream = new StatusStream();
    expect(stream.push(Uint8Array.of(0x10, 0x12))).toEqual([
      { kind: 'noise', byte: 0x10, held: true },
      { kind: 'reply', byte: 0x12 },
    ]);
  });

  it('drops a half block cut short by a byte that cannot follow', () => {
    const stream = new StatusStream();
    expect(stream.push(Uint8Array.of(0x18, 0x00, 0xff))).toEqual([
      { kind: 'noise', byte: 0x18, held: true },
      { kind: 'noise', byte: 0x00, held: true },
      { kind: 'noise', byte: 0xff },
    ]);
  });

  it('finds a clean ASB block after arbitrary noise that ends in a non-header', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 30 }),
        fc.array(fc.nat({ max: 40 })),
        (noise, cuts) => {
          const block = [0x38, 0x00, 0x00, 0x00];
          // 0xff ends any block the noise started and is no header itself.
          const bytes = [...noise, 0xff, ...block];
          const stream = new StatusStream();
          const events = [];
          let start = 0;
          for (const end of [...new Set(cuts)].sort((a, b) => a - b)) {
            events.push(
              ...stream.push(Uint8Array.from(bytes.slice(start, end))),
            );
            start = Math.max(start, end);
          }
          events.push(...stream.push(Uint8Array.from(bytes.slice(start))));
          expect(events.at(-1)).toEqual({
            kind: 'asb',
            bytes: Uint8Array.from(block),
          });
        },
      ),
    );
  });

  it('never throws and only ever reports bytes it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 20 })), (chunks) => {
        const stream = new StatusStream();
        const given = chunks.flatMap((chunk) => [...chunk]);
        const reported = chunks
          .flatMap((chunk) => stream.push(chunk))
          .flatMap((event) =>
            event.kind === 'asb' ? [...event.bytes] : [event.byte],
          );
        expect(reported).toEqual(given.slice(0, reported.length));
      }),
    );
  });
});
