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

/** Width of the on-screen preview of a scanned page, in pixels. */
export const PREVIEW_WIDTH_PX = 360;

/**
 * A small JPEG of a scanned page for the kiosk screen, as a data URL: about
 * 20–40 KB for an A4 page, where the full PNG is several hundred.
 */
export async function previewDataUrl(
  image: Buffer,
  widthPx = PREVIEW_WIDTH_PX,
): Promise<string> {
  const decoded = await loadImage(image);
  const scale = Math.min(1, widthPx / decoded.width);
  const width = Math.max(1, Math.round(decoded.width * scale));
  const height = Math.max(1, Math.round(decoded.height * scale));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(decoded, 0, 0, width, height);
  const jpeg = await canvas.encode('jpeg', 70);
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
