import type { SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import type { PageSize, ScanMode } from './types';
import { pageSizesMm } from './types';

/** What is printed on one side of a simulated sheet. */
export type SheetContent = 'blank' | 'text';

const mmPerInch = 25.4;

/** Pixel size of a page at a resolution, as most backends round it. */
export function pagePixels(
  pageSize: PageSize,
  dpi: number,
): { width: number; height: number } {
  const { width, height } = pageSizesMm[pageSize];
  return {
    width: Math.round((width / mmPerInch) * dpi),
    height: Math.round((height / mmPerInch) * dpi),
  };
}

/**
 * Draws a page as a scanner would return it: off-white paper, and for
 * `text` a heading, a dozen lines of word-like strokes and, in colour, a
 * red seal. Deterministic, so tests can rely on the blank verdict.
 */
export async function renderSimulatedPage(
  content: SheetContent,
  pageSize: PageSize,
  dpi: number,
  mode: ScanMode,
): Promise<Buffer> {
  const { width, height } = pagePixels(pageSize, dpi);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = mode === 'lineart' ? '#ffffff' : '#f4f4f0';
  context.fillRect(0, 0, width, height);

  if (content === 'text') drawText(context, width, dpi, mode);
  return canvas.encode('png');
}

function drawText(
  context: SKRSContext2D,
  width: number,
  dpi: number,
  mode: ScanMode,
): void {
  const mm = dpi / mmPerInch;
  const ink = mode === 'lineart' ? '#000000' : '#262626';
  context.fillStyle = ink;

  // Heading, centred.
  context.fillRect(width / 2 - 50 * mm, 25 * mm, 100 * mm, 5 * mm);

  // Body lines of "words" whose widths vary in a fixed pattern.
  const lineHeight = 8 * mm;
  for (let line = 0; line < 12; line++) {
    let x = 25 * mm;
    const y = 45 * mm + line * lineHeight;
    for (let word = 0; x < width - 40 * mm; word++) {
      const wordWidth = (8 + ((line * 7 + word * 5) % 13)) * mm;
      context.fillRect(x, y, wordWidth, 2.5 * mm);
      x += wordWidth + 3 * mm;
    }
  }

  if (mode === 'color') {
    context.strokeStyle = '#c81e1e';
    context.lineWidth = 1.5 * mm;
    context.beginPath();
    context.arc(width - 55 * mm, 170 * mm, 18 * mm, 0, Math.PI * 2);
    context.stroke();
  }
}
