import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, Image } from '@napi-rs/canvas';
import { expect } from 'vitest';

/**
 * Share of pixels that may differ. One Skia build renders byte for byte
 * the same; this absorbs a dozen pixels of hinting drift between builds
 * and is still below the ~30 pixels a lost tone mark changes.
 */
export const PNG_TOLERANCE = 0.00002;

function pixels(png: Buffer) {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}

/** Share of pixels whose grey level differs by more than a quarter. */
export function pixelDifference(actual: Buffer, expected: Buffer): number {
  const a = pixels(actual);
  const b = pixels(expected);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const grey = (data: Uint8ClampedArray) =>
      ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
    if (Math.abs(grey(a.data) - grey(b.data)) > 64) differing++;
  }
  return differing / (a.width * a.height);
}

/**
 * Compares a rendered PNG with a committed one by its pixels. `-u` (or a
 * missing file outside CI) writes the file instead; look at it before
 * committing.
 */
export function expectPngMatchesFile(actual: Buffer, path: string): void {
  const update = expect.getState().snapshotState.snapshotUpdateState;
  if (update === 'all' || (update === 'new' && !existsSync(path))) {
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path);
  expect(pixelDifference(actual, expected)).toBeLessThanOrEqual(PNG_TOLERANCE);
}
