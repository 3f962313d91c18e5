import type { ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';

export type EncoderModel = NonNullable<
  ReceiptPrinterEncoderOptions['printerModel']
>;

/**
 * A printer model we have validated. `vietnamese` says how Vietnamese text
 * reaches paper.
 *
 * TODO(raster-slips): add `vietnamese: 'raster'` for models without a
 * TCVN-3 code page (most Chinese clones print `?`); it needs text rendered
 * to a `GS v 0` image with a bundled font, which is a later issue.
 */
export interface PrinterProfile {
  readonly id: string;
  readonly encoderModel: EncoderModel;
  /** Characters per line in the normal font. */
  readonly columns: number;
  readonly vietnamese: 'codepage';
}

export const PROFILES = {
  'epson-tm-t88vi': {
    id: 'epson-tm-t88vi',
    encoderModel: 'epson-tm-t88vi',
    columns: 48,
    vietnamese: 'codepage',
  },
} as const satisfies Record<string, PrinterProfile>;

export type ProfileId = keyof typeof PROFILES;
