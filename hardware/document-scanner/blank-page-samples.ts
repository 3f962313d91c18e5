import type { GrayImage } from './blank-page';

/** Generated grayscale pages for blank-detection tests, A4 at 200 dpi. */
export const a4At200 = { width: 1654, height: 2339 } as const;
const dotsPerMm = 200 / 25.4;

/** A small deterministic generator (mulberry32), so samples never vary. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uniformPage(value: number): GrayImage {
  const pixels = new Uint8Array(a4At200.width * a4At200.height).fill(value);
  return { ...a4At200, pixels };
}

/** Paper of `paper` brightness with sensor noise of +/- `noise`. */
export function noisyPaper(paper: number, noise: number, seed = 1): GrayImage {
  const random = seededRandom(seed);
  const page = uniformPage(paper);
  for (let i = 0; i < page.pixels.length; i++) {
    page.pixels[i] = paper + Math.round((random() * 2 - 1) * noise);
  }
  return page;
}

/** Sets single dark pixels at random places: dust on the glass. */
export function addSpeckles(page: GrayImage, count: number, seed = 2): void {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    page.pixels[Math.floor(random() * page.pixels.length)] = 20;
  }
}

export function fillRect(
  page: GrayImage,
  rect: { x: number; y: number; width: number; height: number },
  value: number,
): void {
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      if (x >= 0 && y >= 0 && x < page.width && y < page.height) {
        page.pixels[y * page.width + x] = value;
      }
    }
  }
}

/** `lines` lines of word-like strokes, 2 mm tall, in `ink` gray. */
export function addTextLines(page: GrayImage, lines: number, ink: number) {
  const mm = (value: number) => Math.round(value * dotsPerMm);
  for (let line = 0; line < lines; line++) {
    let x = mm(25);
    for (let word = 0; x < page.width - mm(30); word++) {
      const width = mm(6 + ((line * 3 + word * 7) % 11));
      // Letters are not solid: thin vertical strokes with gaps between.
      for (let stroke = 0; stroke < width; stroke += mm(1)) {
        fillRect(
          page,
          { x: x + stroke, y: mm(40 + line * 7), width: 3, height: mm(2) },
          ink,
        );
      }
      x += width + mm(2.5);
    }
  }
}
