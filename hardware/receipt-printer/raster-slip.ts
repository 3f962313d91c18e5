import type { Align } from './escpos-commands';
import {
  align,
  feedDots,
  initialize,
  partialCut,
  qrCode,
  rasterImage,
} from './escpos-commands';
import type { PrinterProfile } from './profiles';
import { profileDots } from './profiles';
import type { TextStyle } from './raster/text-image';
import { renderTextBlock, TEXT_METRICS } from './raster/text-image';
import type { SlipLayout } from './slip';
import { printableText } from './slip';

const NORMAL: TextStyle = { align: 'center', bold: false, width: 1, height: 1 };
/** Title and code: bold at double height, as in the code-page slip. */
const LARGE: TextStyle = { ...NORMAL, bold: true, height: 2 };

/** Paper fed after the footer so the cutter clears the last line. */
const FEED_LINES_BEFORE_CUT = 6;

/**
 * The slip for printers without a Vietnamese code page. Every text block is
 * an image, so that one typeface, one wrap rule and one set of metrics
 * apply to the whole slip: a code-page line next to an image line would
 * differ in width, weight and height, and ASCII-only lines (the code, the
 * dates) are a minority. The QR code stays native: the printer draws it
 * sharper than an image and it costs a few dozen bytes.
 */
export function encodeRasterSlip(
  slip: SlipLayout,
  profile: PrinterProfile,
): Uint8Array {
  const width = profileDots(profile);
  const out: number[] = [...initialize()];
  let pendingFeed = 0;

  const text = (texts: readonly string[], style: TextStyle) => {
    const image = renderTextBlock(texts.map(printableRaster), style, width);
    pendingFeed += image.blankAbove;
    if (image.bitmap.height > 0) {
      out.push(...feedDots(pendingFeed), ...rasterImage(image.bitmap));
      pendingFeed = 0;
    }
    pendingFeed += image.blankBelow;
  };
  const blankLine = () => (pendingFeed += TEXT_METRICS.linePitch);
  const flushFeed = () => {
    out.push(...feedDots(pendingFeed));
    pendingFeed = 0;
  };
  const at = (value: Align) => out.push(...align(value));

  text(slip.header, NORMAL);
  blankLine();
  text([slip.title], LARGE);
  blankLine();
  text([slip.code], LARGE);
  blankLine();
  text(
    slip.rows.map((row) => `${row.label}: ${row.value}`),
    { ...NORMAL, align: 'left' },
  );
  blankLine();

  flushFeed();
  at('center');
  out.push(...qrCode(slip.qr, { moduleSize: 6, errorLevel: 'm' }));
  at('left');
  blankLine();
  text(slip.footer, NORMAL);
  if (slip.payment !== undefined) {
    blankLine();
    text(slip.payment.lines, NORMAL);
    blankLine();
    flushFeed();
    at('center');
    out.push(...qrCode(slip.payment.qr, { moduleSize: 5, errorLevel: 'm' }));
    at('left');
  }

  pendingFeed += TEXT_METRICS.linePitch * FEED_LINES_BEFORE_CUT;
  flushFeed();
  out.push(...partialCut());
  return Uint8Array.from(out);
}

/** Slip text for drawing: as for the code page, but Đ stays Đ. */
function printableRaster(value: string): string {
  return printableText(value).replace(/\u00d0/g, '\u0110');
}
