import { describe, expect, it } from 'vitest';
import { createManualScheduler } from '../scheduler';
import type { FrameResult, LineFramingOptions } from './line-framer';
import { createLineFramer } from './line-framer';

const bytes = (text: string) => new TextEncoder().encode(text);

function framerFor(options: LineFramingOptions) {
  const scheduler = createManualScheduler();
  const results: FrameResult[] = [];
  const framer = createLineFramer({ ...options, scheduler }, (result) =>
    results.push(result),
  );
  const codes = () => results.map((r) => (r.ok ? r.value.data : r.error.code));
  return { framer, scheduler, results, codes };
}

describe('line framer', () => {
  it.each([
    ['CR LF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ] as const)('ends frames at a %s suffix', (_name, suffix) => {
    const { framer, codes } = framerFor({ suffix });

    framer.push(bytes(`HS-0001${suffix}HS-0002${suffix}`));

    expect(codes()).toEqual(['HS-0001', 'HS-0002']);
  });

  it('ends frames at a custom suffix of several bytes', () => {
    const { framer, codes } = framerFor({ suffix: bytes('#$') });

    framer.push(bytes('A#B#'));
    framer.push(bytes('$C#$'));

    // A lone '#' is data; only '#$' ends the frame.
    expect(codes()).toEqual(['A#B', 'C']);
  });

  it('joins a frame split across chunks, even inside the suffix', () => {
    const { framer, codes } = framerFor({ suffix: '\r\n' });

    framer.push(bytes('HS-26'));
    framer.push(bytes('0801\r'));
    expect(codes()).toEqual([]);
    framer.push(bytes('\n'));

    expect(codes()).toEqual(['HS-260801']);
  });

  it('ends a frame after the inter-byte timeout when there is no suffix', () => {
    const { framer, scheduler, codes } = framerFor({
      suffix: null,
      interByteTimeoutMs: 20,
    });

    framer.push(bytes('ABC'));
    scheduler.advance(19);
    framer.push(bytes('DEF'));
    scheduler.advance(19);
    expect(codes()).toEqual([]);

    scheduler.advance(1);
    expect(codes()).toEqual(['ABCDEF']);
    expect(scheduler.pending).toBe(0);
  });

  it('delivers a frame cut short by the timeout unless told not to', () => {
    const lenient = framerFor({ suffix: '\r', interByteTimeoutMs: 20 });
    const strict = framerFor({
      suffix: '\r',
      interByteTimeoutMs: 20,
      timeoutEndsFrame: false,
    });

    for (const { framer, scheduler } of [lenient, strict]) {
      framer.push(bytes('HS-12'));
      scheduler.advance(20);
      framer.push(bytes('HS-3\r'));
    }

    expect(lenient.codes()).toEqual(['HS-12', 'HS-3']);
    expect(strict.codes()).toEqual(['incomplete_frame', 'HS-3']);
  });

  it('drops an oversize frame once and keeps the next one', () => {
    const { framer, codes } = framerFor({ suffix: '\r\n', maxFrameBytes: 8 });

    framer.push(bytes('12345678\r\n'));
    framer.push(bytes('123456789'));
    framer.push(bytes('more and more\r'));
    framer.push(bytes('\nOK\r\n'));

    expect(codes()).toEqual(['12345678', 'frame_too_long', 'OK']);
  });

  it('forgets an oversize frame at the timeout when no suffix comes', () => {
    const { framer, scheduler, codes } = framerFor({
      suffix: '\r',
      maxFrameBytes: 4,
      interByteTimeoutMs: 20,
    });

    framer.push(bytes('too long'));
    scheduler.advance(20);
    framer.push(bytes('OK\r'));

    expect(codes()).toEqual(['frame_too_long', 'OK']);
  });

  it('splits off an AIM identifier into symbology', () => {
    const { framer, results } = framerFor({ suffix: '\r' });

    framer.push(bytes(']Q1HS-0001\r]E09786045\r]X'));
    framer.push(bytes('\r'));

    expect(results).toEqual([
      { ok: true, value: { data: 'HS-0001', symbology: ']Q1' } },
      { ok: true, value: { data: '9786045', symbology: ']E0' } },
      { ok: true, value: { data: ']X' } },
    ]);
  });

  it('leaves a leading bracket alone when AIM identifiers are off', () => {
    const { framer, results } = framerFor({
      suffix: '\r',
      aimIdentifier: false,
    });

    framer.push(bytes(']Q1HS\r'));

    expect(results).toEqual([{ ok: true, value: { data: ']Q1HS' } }]);
  });

  it('strips a configured prefix and refuses frames without it', () => {
    const { framer, results } = framerFor({ suffix: '\r', prefix: '\x02' });

    framer.push(bytes('\x02]Q1HS-1\rHS-2\r'));

    expect(results).toEqual([
      { ok: true, value: { data: 'HS-1', symbology: ']Q1' } },
      { ok: false, error: expect.objectContaining({ code: 'missing_prefix' }) },
    ]);
  });

  it('decodes Vietnamese UTF-8 and normalises it to NFC', () => {
    const { framer, results } = framerFor({ suffix: '\n' });
    // "Nguyễn" with the letter decomposed: e + circumflex + tilde.
    const decomposed = 'Nguye\u0302\u0303n';

    framer.push(bytes(`${decomposed}|Thủ Đức\n`));

    expect(results).toEqual([{ ok: true, value: { data: 'Nguyễn|Thủ Đức' } }]);
    expect(results[0]?.ok && results[0].value.data).toBe(
      'Nguyễn|Thủ Đức'.normalize('NFC'),
    );
  });

  it('reports invalid UTF-8 and NUL bytes as coded errors', () => {
    const { framer, codes } = framerFor({ suffix: '\n' });

    framer.push(Uint8Array.of(0x41, 0xc3, 0x28, 0x0a));
    framer.push(Uint8Array.of(0x41, 0x00, 0x42, 0x0a));
    framer.push(Uint8Array.of(0xed, 0xa0, 0x80, 0x0a)); // a lone surrogate
    framer.push(bytes('OK\n'));

    expect(codes()).toEqual([
      'invalid_utf8',
      'control_characters',
      'invalid_utf8',
      'OK',
    ]);
  });

  it('keeps the group separator of GS1 codes', () => {
    const { framer, codes } = framerFor({ suffix: '\r' });

    framer.push(bytes('0109504000059101\x1d10ABC\r'));

    expect(codes()).toEqual(['0109504000059101\x1d10ABC']);
  });

  it('ignores a bare suffix: nothing was scanned', () => {
    const { framer, results } = framerFor({ suffix: '\r\n' });

    framer.push(bytes('\r\n\r\n'));

    expect(results).toEqual([]);
  });

  it('reports a frame the link cut in half, then starts clean', () => {
    const { framer, scheduler, codes } = framerFor({ suffix: '\r' });

    framer.push(bytes('HS-00'));
    framer.interrupt();
    framer.push(bytes('HS-0001\r'));

    expect(codes()).toEqual(['frame_interrupted', 'HS-0001']);
    expect(scheduler.pending).toBe(0);
  });

  it('refuses options that could never end a frame', () => {
    expect(() =>
      createLineFramer({ suffix: null, interByteTimeoutMs: 0 }, () => {}),
    ).toThrow(/interByteTimeoutMs/);
    expect(() =>
      createLineFramer({ suffix: '\r', maxFrameBytes: 0 }, () => {}),
    ).toThrow(/maxFrameBytes/);
  });
});

describe('line framer closed from its own listener', () => {
  it('stops in the middle of a chunk and leaves no timer behind', () => {
    const scheduler = createManualScheduler();
    const seen: string[] = [];
    const framer = createLineFramer({ suffix: '\r', scheduler }, (result) => {
      if (result.ok) seen.push(result.value.data);
      framer.dispose();
    });

    framer.push(bytes('A\rB\rC'));

    expect(seen).toEqual(['A']);
    expect(scheduler.pending).toBe(0);
  });
});
