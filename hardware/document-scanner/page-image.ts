import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { BlankPageOptions, GrayImage } from './blank-page';
import { detectBlankPage, rgbaToGray } from './blank-page';
import type { ScannedPage } from './types';

/** Decodes a PNG or JPEG into grayscale pixels. Throws on a corrupt file. */
export async function decodeToGray(image: Buffer): Promise<GrayImage> {
  const decoded = await loadImage(image);
  const canvas = createCanvas(decoded.width, decoded.height);
  const context = canvas.getContext('2d');
  context.drawImage(decoded, 0, 0);
  const rgba = context.getImageData(0, 0, decoded.width, decoded.height);
  return {
    width: decoded.width,
    height: decoded.height,
    pixels: rgbaToGray(rgba.data),
  };
}

/** Measures one PNG page as it came from the scanner. */
export async function toScannedPage(
  png: Buffer,
  dpi: number,
  blankOptions: Partial<BlankPageOptions> = {},
): Promise<ScannedPage> {
  const gray = await decodeToGray(png);
  const verdict = detectBlankPage(gray, blankOptions);
  return {
    image: png,
    widthPx: gray.width,
    heightPx: gray.height,
    dpi,
    blank: verdict.blank,
    inkRatio: verdict.inkRatio,
  };
}
