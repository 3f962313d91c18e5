import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './escpos-decoder';

/** Text as its ASCII bytes. */
const t = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Hex strings (spaces allowed) and byte arrays, joined into one stream. */
function stream(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string'
        ? [...Buffer.from(part.replace(/\s/g, ''), 'hex')]
        : part,
    ),
  );
}

const decode = (...parts: (string | number[])[]) =>
  decodeEscPos(stream(...parts));

describe('decodeEscPos', () => {
  it('reads TCVN-3 lower case and capitals by the ESC t page', () => {
    // Đ is 0xA7 on the capitals page (31), ă 0xA8 on lower case (30),
    // Ễ 0xD4 on capitals.
    const out = decode(
      '1b741f a7 1b741e a8',
      t('ng '),
      '1b741f',
      t('NGUY'),
      'd4',
      t('N\n'),
    );
    expect(out.lines).toEqual(['Đăng NGUYỄN']);
    expect(out.unknown).toBe(0);
  });

  it('reads well-known TCVN-3 bytes', () => {
    const out = decode('1b741e b5 b9 ae ad ac fd d6');
    expect(out.lines).toEqual(['àạđươýệ']);
  });

  it('reads CP437 after ESC @ resets the page', () => {
    expect(decode('1b741e 1b40 82 0d0a').lines).toEqual(['é']);
  });

  it('skips formatting, status and raster commands', () => {
    const out = decode(
      '1b6101 1b4501 1d2111 1d610f 100401',
      t('A'),
      '1d7630 00 0100 0200 4142', // 1 byte × 2 rows of image data
      t('B'),
      '1b6403',
      t('C'),
    );
    expect(out.lines).toEqual(['AB', 'C']);
    expect(out.unknown).toBe(0);
  });

  it('extracts QR payloads and counts cuts of every form', () => {
    const out = decode(
      '1d286b 0700 315030',
      t('HS-1'),
      '1d286b 0300 315130',
      '1d5601 1d564203 1b69',
    );
    expect(out.qrCodes).toEqual(['HS-1']);
    expect(out.cuts).toBe(3);
  });

  it.each([
    ['a byte on an unknown code page', '1b7463 80'],
    ['an unknown ESC command', '1b7e'],
    ['a truncated GS ( k', '1d286b 0900 31'],
    ['a byte TCVN-3 leaves empty', '1b741e ff'],
  ])('counts %s as unknown', (_, hex) => {
    expect(decode(hex).unknown).toBe(1);
  });

  it('never throws on garbage and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const out = decodeEscPos(bytes);
        expect(out.cuts).toBeGreaterThanOrEqual(0);
        expect(out.unknown).toBeGreaterThanOrEqual(0);
        expect(out.lines.every((line) => line === line.trim())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on garbage made of command prefixes', () => {
    const piece = fc.oneof(
      fc.constantFrom('1b', '1d', '1d286b', '1d7630', '1b74', '10'),
      fc
        .uint8Array({ maxLength: 4 })
        .map((b) => Buffer.from(b).toString('hex')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const out = decode(...pieces);
        expect(out.unknown).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
