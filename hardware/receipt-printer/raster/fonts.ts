import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * Be Vietnam Pro ships as subsets: the Latin file has ASCII and Latin-1,
 * the Vietnamese file the letters with horn, breve and stacked tones. Each
 * weight of each subset is registered under its own family name, and a
 * font list lets the canvas take every glyph from whichever file has it.
 * (Registering both weights under one name made the regular text bold.)
 */
const SUBSETS = ['vietnamese', 'latin'] as const;
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

const family = (subset: string, weight: Weight) =>
  `motcua-bvp-${subset}-${String(weight)}`;

let registered = false;

function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const root = dirname(
    require.resolve('@fontsource/be-vietnam-pro/package.json'),
  );
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const file = `be-vietnam-pro-${subset}-${String(weight)}-normal.woff2`;
      const key = GlobalFonts.registerFromPath(
        join(root, 'files', file),
        family(subset, weight),
      );
      if (key === null) throw new Error(`Font ${file} did not load`);
    }
  }
  registered = true;
}

/** A CSS font string for the canvas, registering the files on first use. */
export function slipFont(sizePx: number, bold: boolean): string {
  registerFonts();
  const weight: Weight = bold ? 700 : 400;
  const families = SUBSETS.map((subset) => `"${family(subset, weight)}"`);
  return `${String(sizePx)}px ${families.join(', ')}`;
}
