import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PrinterProfile } from './profiles';
import { encodeRasterSlip } from './raster-slip';

/** A slip with its text already translated; the agent fills it in. */
export interface SlipLayout {
  readonly header: readonly string[];
  readonly title: string;
  /** The dossier code, printed large. */
  readonly code: string;
  readonly rows: readonly { readonly label: string; readonly value: string }[];
  /** Payload of the QR code, usually a status look-up URL. */
  readonly qr: string;
  /**
   * A fee to pay: its lines (amount, instruction) and a payment QR code
   * (VietQR), printed after the footer, so that the footer's words about
   * the first QR code stay right under it.
   */
  readonly payment?: {
    readonly lines: readonly string[];
    readonly qr: string;
  };
  readonly footer: readonly string[];
}

/**
 * Code pages the encoder may switch between: ASCII and CP437 for Latin
 * text, TCVN-3 lower case (Epson page 30) and capitals (page 31).
 */
const CANDIDATES = ['cp437', 'tcvn3', 'tcvn3capitals'] as const;

const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
  '\u00a0': ' ',
};

/**
 * Text as the encoder can take it: NFC, typographic punctuation as ASCII,
 * no control characters. The encoder's TCVN-3 capitals table files the
 * glyph Đ under U+00D0 (Ð) instead of U+0110, so Đ is handed over as Ð;
 * the printer prints its own Đ glyph at that position either way.
 */
export function printableText(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/[\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0]/g, (c) => {
        return PUNCTUATION[c] ?? c;
      })
      // Control characters in slip text would be taken as printer commands.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\u0110/g, '\u00d0')
  );
}

/**
 * ESC/POS bytes for one appointment slip, ending with a partial cut. The
 * profile decides whether Vietnamese goes out as TCVN-3 text or as images.
 */
export function encodeSlip(
  slip: SlipLayout,
  profile: PrinterProfile,
): Uint8Array {
  switch (profile.vietnamese) {
    case 'codepage':
      return encodeCodePageSlip(slip, profile);
    case 'raster':
      return encodeRasterSlip(slip, profile);
    default: {
      const unknown: never = profile.vietnamese;
      throw new Error(`Unknown Vietnamese mode ${String(unknown)}`);
    }
  }
}

function encodeCodePageSlip(
  slip: SlipLayout,
  profile: PrinterProfile,
): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    printerModel: profile.encoderModel,
    columns: profile.columns,
    codepageCandidates: [...CANDIDATES],
    newline: '\n',
  });
  const line = (text: string) => encoder.line(printableText(text));

  encoder.initialize().codepage('auto').align('center');
  slip.header.forEach(line);
  encoder.newline();

  // Double height only: a 25-character dossier code at double width would
  // not fit a 48-column line.
  encoder.bold(true).size(1, 2);
  line(slip.title);
  encoder.newline();
  line(slip.code);
  encoder.size(1, 1).bold(false).newline();

  encoder.align('left');
  for (const row of slip.rows) line(`${row.label}: ${row.value}`);
  encoder.newline();

  encoder
    .align('center')
    .qrcode(slip.qr, { model: 2, size: 6, errorlevel: 'm' });
  encoder.newline();
  slip.footer.forEach(line);
  if (slip.payment !== undefined) {
    encoder.newline();
    slip.payment.lines.forEach(line);
    encoder.newline();
    encoder.qrcode(slip.payment.qr, { model: 2, size: 5, errorlevel: 'm' });
  }

  return encoder.newline(2).cut('partial').encode();
}
