/** Eight-bit grayscale pixels, row by row: 0 is black, 255 is white. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array | Uint8ClampedArray;
}

export interface BlankPageOptions {
  /** Share of the width and height ignored on every side (edge shadows). */
  readonly marginRatio: number;
  /** A pixel darker than this (0..255) counts as ink. */
  readonly darkThreshold: number;
  /** A page whose ink ratio is below this is blank. */
  readonly blankInkRatio: number;
}

/**
 * Tuned on generated pages: paper at 230..255 with sensor noise, faint
 * pencil or toner near 150, edge shadows inside 4 % of each side. A few
 * lines of text cover well over 0.1 % of an A4 page.
 */
export const defaultBlankPageOptions: BlankPageOptions = {
  marginRatio: 0.04,
  darkThreshold: 180,
  blankInkRatio: 0.001,
};

export interface BlankPageVerdict {
  readonly blank: boolean;
  readonly inkRatio: number;
}

/**
 * Decides whether a scanned page is blank. A dark pixel counts as ink only
 * when one of its four neighbours is dark too, so dust and sensor speckles
 * do not; strokes of text at 200 dpi are several pixels wide and survive.
 * Never throws: odd sizes or a short buffer read as white paper.
 */
export function detectBlankPage(
  image: GrayImage,
  options: Partial<BlankPageOptions> = {},
): BlankPageVerdict {
  const settings = { ...defaultBlankPageOptions, ...options };
  const width = wholeOrZero(image.width);
  const height = wholeOrZero(image.height);
  const margin = clamp(settings.marginRatio, 0, 0.49);

  // The inner rectangle that is looked at, margins removed.
  const left = Math.floor(width * margin);
  const top = Math.floor(height * margin);
  const right = width - left;
  const bottom = height - top;
  const area = Math.max(0, right - left) * Math.max(0, bottom - top);
  if (area === 0) return { blank: true, inkRatio: 0 };

  const { pixels } = image;
  const threshold = settings.darkThreshold;
  const isDark = (x: number, y: number): boolean => {
    if (x < left || x >= right || y < top || y >= bottom) return false;
    const value = pixels[y * width + x];
    return value !== undefined && value < threshold;
  };

  // Pixels past the end of a short buffer are white; do not walk them.
  const lastRow = Math.min(bottom, Math.ceil(pixels.length / width));
  const lastColumn = Math.min(right, pixels.length);
  let ink = 0;
  for (let y = top; y < lastRow; y++) {
    for (let x = left; x < lastColumn; x++) {
      if (!isDark(x, y)) continue;
      const touching =
        isDark(x - 1, y) ||
        isDark(x + 1, y) ||
        isDark(x, y - 1) ||
        isDark(x, y + 1);
      if (touching) ink++;
    }
  }

  const inkRatio = ink / area;
  return { blank: !(inkRatio >= settings.blankInkRatio), inkRatio };
}

/** Converts RGBA pixels (as canvases give them) to grayscale luma. */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray): Uint8Array {
  const gray = new Uint8Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < gray.length; i++) {
    const r = rgba[i * 4] ?? 255;
    const g = rgba[i * 4 + 1] ?? 255;
    const b = rgba[i * 4 + 2] ?? 255;
    // ITU-R BT.601 weights, in integers.
    gray[i] = (r * 299 + g * 587 + b * 114 + 500) / 1000;
  }
  return gray;
}

function wholeOrZero(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}
