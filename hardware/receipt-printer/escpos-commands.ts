/**
 * ESC/POS commands as bytes, for the jobs we build without the encoder
 * (raster slips). Byte layouts are in reference/hardware.md §1.
 */

export type Align = 'left' | 'center' | 'right';

const ALIGN_CODE: Readonly<Record<Align, number>> = {
  left: 0,
  center: 1,
  right: 2,
};

export const initialize = (): number[] => [0x1b, 0x40];

export const align = (value: Align): number[] => [
  0x1b,
  0x61,
  ALIGN_CODE[value],
];

/** `ESC J n`: feed n dots (at most 255 per command). */
export function feedDots(dots: number): number[] {
  const out: number[] = [];
  for (let left = Math.round(dots); left > 0; left -= 255) {
    out.push(0x1b, 0x4a, Math.min(255, left));
  }
  return out;
}

/** `GS V 1`: partial cut. */
export const partialCut = (): number[] => [0x1d, 0x56, 0x01];

/** `GS a n`: which conditions the printer reports unasked. */
export const automaticStatusBack = (mask: number): number[] => [
  0x1d,
  0x61,
  mask & 0xff,
];

/** A 1-bit image: rows of `widthBytes`, most significant bit leftmost. */
export interface Bitmap {
  readonly widthBytes: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Rows per `GS v 0` command. Some clones cannot buffer a tall image in one
 * command, so images go out in bands.
 */
export const RASTER_BAND_ROWS = 255;

/** `GS v 0 m xL xH yL yH d…`, one command per band of rows. */
export function rasterImage(image: Bitmap): number[] {
  const out: number[] = [];
  for (let top = 0; top < image.height; top += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, image.height - top);
    const x = image.widthBytes;
    out.push(0x1d, 0x76, 0x30, 0x00, x & 0xff, x >> 8, rows & 0xff, rows >> 8);
    const start = top * x;
    for (const byte of image.data.subarray(start, start + rows * x)) {
      out.push(byte);
    }
  }
  return out;
}

export interface QrOptions {
  /** Module size in dots, 1–16. */
  readonly moduleSize: number;
  readonly errorLevel: 'l' | 'm' | 'q' | 'h';
}

const QR_LEVEL: Readonly<Record<QrOptions['errorLevel'], number>> = {
  l: 48,
  m: 49,
  q: 50,
  h: 51,
};

/** `GS ( k` model 2: set model, size, level, store the payload, print. */
export function qrCode(payload: string, options: QrOptions): number[] {
  const data = new TextEncoder().encode(payload);
  const stored = data.length + 3;
  return [
    ...[0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00],
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, options.moduleSize],
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, QR_LEVEL[options.errorLevel]],
    ...[0x1d, 0x28, 0x6b, stored & 0xff, stored >> 8, 0x31, 0x50, 0x30],
    ...data,
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30],
  ];
}
