import type { SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import type { Align, Bitmap } from '../escpos-commands';
import { slipFont } from './fonts';

/** How a block of text is set, as the code-page slip would print it. */
export interface TextStyle {
  readonly align: Align;
  readonly bold: boolean;
  /** Magnification like `GS !`: 1 normal, 2 double. */
  readonly width: 1 | 2;
  readonly height: 1 | 2;
}

/**
 * Type metrics, in dots at 203 dpi. 22 px Be Vietnam Pro has about the
 * cap height of the printers' 12×24 font A; the pitch leaves room above
 * the capitals for stacked marks (Ễ, Ấ) and below for descenders.
 */
export const TEXT_METRICS = {
  fontPx: 22,
  linePitch: 32,
  baseline: 25,
} as const;

/** A block drawn to 1 bit, with the blank rows around the ink cut off. */
export interface TextImage {
  readonly bitmap: Bitmap;
  /** Blank dot rows taken off above and below the ink. */
  readonly blankAbove: number;
  readonly blankBelow: number;
}

function wrap(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (ctx.measureText(candidate).width <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
    // A word wider than the paper is broken between characters.
    while (ctx.measureText(current).width > maxWidth && current.length > 1) {
      let cut = current.length - 1;
      while (cut > 1 && ctx.measureText(current.slice(0, cut)).width > maxWidth)
        cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/** Draws each string as one or more lines across `widthDots`. */
export function renderTextBlock(
  texts: readonly string[],
  style: TextStyle,
  widthDots: number,
): TextImage {
  const measure = createCanvas(8, 8).getContext('2d');
  measure.font = slipFont(TEXT_METRICS.fontPx, style.bold);
  const lines = texts.flatMap((text) =>
    wrap(measure, text, widthDots / style.width),
  );
  const pitch = TEXT_METRICS.linePitch * style.height;
  const canvas = createCanvas(widthDots, Math.max(1, lines.length * pitch));
  const ctx = canvas.getContext('2d');
  ctx.font = measure.font;
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';

  lines.forEach((line, i) => {
    const drawn = ctx.measureText(line).width * style.width;
    const x =
      style.align === 'left'
        ? 0
        : style.align === 'center'
          ? (widthDots - drawn) / 2
          : widthDots - drawn;
    ctx.save();
    ctx.translate(Math.round(x), i * pitch);
    ctx.scale(style.width, style.height);
    ctx.fillText(line, 0, TEXT_METRICS.baseline);
    ctx.restore();
  });

  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return toBitmap(pixels.data, canvas.width, canvas.height);
}

/**
 * Alpha ≥ 50 % becomes a dot. Blank rows above and below the ink and
 * blank bytes right of it are cut off; they cost time on the wire and the
 * printer leaves them white anyway.
 */
export function toBitmap(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
): TextImage {
  const fullBytes = Math.ceil(width / 8);
  const packed = new Uint8Array(fullBytes * height);
  let top = height;
  let bottom = -1;
  let usedBytes = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((rgba[(y * width + x) * 4 + 3] ?? 0) < 128) continue;
      const index = y * fullBytes + (x >> 3);
      packed[index] = (packed[index] ?? 0) | (0x80 >> (x & 7));
      top = Math.min(top, y);
      bottom = y;
      usedBytes = Math.max(usedBytes, (x >> 3) + 1);
    }
  }
  if (bottom < 0) {
    const empty = { widthBytes: 0, height: 0, data: new Uint8Array(0) };
    return { bitmap: empty, blankAbove: height, blankBelow: 0 };
  }

  const rows = bottom - top + 1;
  const data = new Uint8Array(usedBytes * rows);
  for (let y = 0; y < rows; y++) {
    const from = (top + y) * fullBytes;
    data.set(packed.subarray(from, from + usedBytes), y * usedBytes);
  }
  return {
    bitmap: { widthBytes: usedBytes, height: rows, data },
    blankAbove: top,
    blankBelow: height - 1 - bottom,
  };
}
