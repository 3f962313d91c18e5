import type { ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';

export type EncoderModel = NonNullable<
  ReceiptPrinterEncoderOptions['printerModel']
>;

/**
 * How Vietnamese reaches paper. `codepage`: text bytes in TCVN-3 (Epson
 * pages 30/31), for models checked to have them. `raster`: every text
 * block is drawn with the bundled font and sent as a `GS v 0` image, which
 * any ESC/POS printer prints.
 */
export type VietnameseMode = 'codepage' | 'raster';

/** A printer model we have validated. */
export interface PrinterProfile {
  readonly id: string;
  readonly encoderModel: EncoderModel;
  /** Characters per line in the normal font (font A, 12 dots wide). */
  readonly columns: number;
  readonly vietnamese: VietnameseMode;
  /** Printable width in dots; `columns × 12` when left out. */
  readonly dots?: number;
}

export const PROFILES = {
  'epson-tm-t88vi': {
    id: 'epson-tm-t88vi',
    encoderModel: 'epson-tm-t88vi',
    columns: 48,
    vietnamese: 'codepage',
    dots: 576,
  },
  // 80 mm clone: its code pages have no Vietnamese (the encoder prints `?`).
  'xprinter-xp-n160ii': {
    id: 'xprinter-xp-n160ii',
    encoderModel: 'xprinter-xp-n160ii',
    columns: 48,
    vietnamese: 'raster',
    dots: 576,
  },
  // 58 mm clone, the common "POS-58" mechanism.
  'pos-5890': {
    id: 'pos-5890',
    encoderModel: 'pos-5890',
    columns: 32,
    vietnamese: 'raster',
    dots: 384,
  },
} as const satisfies Record<string, PrinterProfile>;

export type ProfileId = keyof typeof PROFILES;

/** Printable width of a profile in dots. */
export function profileDots(profile: PrinterProfile): number {
  return profile.dots ?? profile.columns * 12;
}
