import { describe, expect, it } from 'vitest';
import type { TextStyle } from './text-image';
import { renderTextBlock, TEXT_METRICS, toBitmap } from './text-image';

const LEFT: TextStyle = { align: 'left', bold: false, width: 1, height: 1 };

/** Columns of the bitmap that hold ink. */
function inkColumns(image: ReturnType<typeof renderTextBlock>['bitmap']) {
  const columns = new Set<number>();
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.widthBytes * 8; x++) {
      const byte = image.data[y * image.widthBytes + (x >> 3)] ?? 0;
      if (byte & (0x80 >> (x & 7))) columns.add(x);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

describe('renderTextBlock', () => {
  it('draws the stacked marks of Ễ above the plain capital E', () => {
    const plain = renderTextBlock(['E'], LEFT, 576);
    const stacked = renderTextBlock(['Ễ'], LEFT, 576);
    expect(stacked.blankAbove).toBeLessThan(plain.blankAbove - 4);
    expect(stacked.bitmap.height).toBeGreaterThan(plain.bitmap.height + 4);
  });

  it('centres text: as much white left of the ink as right of it', () => {
    const image = renderTextBlock(
      ['GIẤY HẸN'],
      { ...LEFT, align: 'center' },
      576,
    );
    const ink = inkColumns(image.bitmap);
    const left = ink[0] ?? 0;
    const right = 575 - (ink.at(-1) ?? 0);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(3);
  });

  it('cuts the blank bytes right of left-aligned text', () => {
    const image = renderTextBlock(['Hẹn trả'], LEFT, 576);
    expect(image.bitmap.widthBytes).toBeLessThan(20);
  });

  it('wraps a row wider than the paper onto more lines', () => {
    const row = 'Nhận lúc: 09 giờ 30 phút, ngày 01/08/2026';
    const wide = renderTextBlock([row], LEFT, 576);
    const narrow = renderTextBlock([row], LEFT, 384);
    const lines = (image: typeof wide) =>
      Math.ceil(
        (image.blankAbove + image.bitmap.height + image.blankBelow) /
          TEXT_METRICS.linePitch,
      );
    expect(lines(wide)).toBe(1);
    expect(lines(narrow)).toBe(2);
  });

  it('bold sets more dots than regular', () => {
    const dots = (bold: boolean) =>
      renderTextBlock(
        ['Đăng ký tạm trú'],
        { ...LEFT, bold },
        576,
      ).bitmap.data.reduce((sum, byte) => {
        let count = 0;
        for (let b = byte; b > 0; b >>= 1) count += b & 1;
        return sum + count;
      }, 0);
    expect(dots(true)).toBeGreaterThan(dots(false) * 1.2);
  });
});

describe('toBitmap', () => {
  it('packs half-opaque pixels as dots, most significant bit first', () => {
    const rgba = new Uint8ClampedArray(16 * 2 * 4);
    rgba[(0 * 16 + 1) * 4 + 3] = 255; // row 0, x 1
    rgba[(1 * 16 + 9) * 4 + 3] = 128; // row 1, x 9
    rgba[(1 * 16 + 10) * 4 + 3] = 127; // under half: white
    const { bitmap, blankAbove, blankBelow } = toBitmap(rgba, 16, 2);
    expect(bitmap).toEqual({
      widthBytes: 2,
      height: 2,
      data: Uint8Array.of(0x40, 0x00, 0x00, 0x40),
    });
    expect([blankAbove, blankBelow]).toEqual([0, 0]);
  });

  it('gives an empty image for a blank canvas', () => {
    const out = toBitmap(new Uint8ClampedArray(8 * 3 * 4), 8, 3);
    expect(out.bitmap.height).toBe(0);
    expect(out.blankAbove).toBe(3);
  });
});
