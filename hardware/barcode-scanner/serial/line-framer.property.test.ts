import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createManualScheduler } from '../scheduler';
import type { FrameResult, FrameSuffix } from './line-framer';
import { createLineFramer } from './line-framer';

const suffixes: FrameSuffix[] = ['\r\n', '\r', '\n', Uint8Array.of(0x23, 0x24)];

/** Cuts `bytes` at the given points (taken modulo its length). */
function chunk(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
    (a, b) => a - b,
  );
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

function frame(
  suffix: FrameSuffix,
  maxFrameBytes: number,
  chunks: Uint8Array[],
): FrameResult[] {
  const results: FrameResult[] = [];
  const scheduler = createManualScheduler();
  const framer = createLineFramer(
    { suffix, maxFrameBytes, interByteTimeoutMs: 50, scheduler },
    (result) => results.push(result),
  );
  chunks.forEach((c) => framer.push(c));
  // Long silence between chunks: every pending timer fires.
  scheduler.advance(1000);
  framer.interrupt();
  return results;
}

const framerCodes = [
  'frame_too_long',
  'incomplete_frame',
  'frame_interrupted',
  'missing_prefix',
  'invalid_utf8',
  'control_characters',
];

const anyBytes = fc.uint8Array({ maxLength: 400 });
// Bytes that are mostly frame-like, so suffixes and frames really occur.
const lineBytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(0x0d, 0x0a, 0x23, 0x24, 0x00, 0xc3, 0xa1),
      fc.integer({ min: 0x20, max: 0x7e }),
    ),
    { maxLength: 400 },
  )
  .map((a) => Uint8Array.from(a));

describe('line framer properties', () => {
  it('never throws, whatever the bytes and however they are cut', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...suffixes),
        fc.integer({ min: 1, max: 64 }),
        fc.oneof(anyBytes, lineBytes),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.array(fc.nat({ max: 120 }), { maxLength: 20 }),
        (suffix, max, input, cuts, pauses) => {
          const results: FrameResult[] = [];
          const scheduler = createManualScheduler();
          const framer = createLineFramer(
            { suffix, maxFrameBytes: max, interByteTimeoutMs: 50, scheduler },
            (result) => results.push(result),
          );
          chunk(input, cuts).forEach((c, i) => {
            framer.push(c);
            scheduler.advance(pauses[i] ?? 0);
          });
          framer.interrupt();
          framer.dispose();
          for (const result of results) {
            if (!result.ok) expect(framerCodes).toContain(result.error.code);
          }
        },
      ),
    );
  });

  it('gives the same frames however the input is cut, with no timeout', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...suffixes),
        fc.integer({ min: 1, max: 64 }),
        fc.oneof(lineBytes, anyBytes),
        fc.array(fc.nat(), { maxLength: 30 }),
        (suffix, max, input, cuts) => {
          expect(frame(suffix, max, chunk(input, cuts))).toEqual(
            frame(suffix, max, [input]),
          );
        },
      ),
    );
  });

  it('delivers every valid frame intact, whatever noise ended before it', () => {
    const code = fc.stringMatching(/^[A-Z0-9-]{1,40}$/);
    // Noise that never holds the suffix, so it ends only at the timeout.
    const noise = fc
      .uint8Array({ minLength: 1, maxLength: 50 })
      .map((n) => n.map((b) => (b === 0x0d ? 0x00 : b)));

    fc.assert(
      fc.property(
        fc.array(fc.tuple(noise, code), { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (pairs, cuts) => {
          const results: FrameResult[] = [];
          const scheduler = createManualScheduler();
          const framer = createLineFramer(
            { suffix: '\r', interByteTimeoutMs: 50, scheduler },
            (result) => results.push(result),
          );

          for (const [junk, data] of pairs) {
            framer.push(junk);
            scheduler.advance(50);
            const line = new TextEncoder().encode(`${data}\r`);
            chunk(line, cuts).forEach((c) => framer.push(c));
          }

          const scans = results.flatMap((r) => (r.ok ? [r.value.data] : []));
          const codes = pairs.map(([, data]) => data);
          // Noise that happens to be printable shows up as a scan of its own;
          // what matters is that each real code arrives whole and in order.
          expect(isSubsequence(codes, scans)).toBe(true);
        },
      ),
    );
  });
});

function isSubsequence(wanted: string[], got: string[]): boolean {
  let i = 0;
  for (const item of got) if (item === wanted[i]) i++;
  return i === wanted.length;
}
