import type { SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import type { BlockAlign, PrintBlock } from '../escpos-decoder';
import { slipFont } from '../raster/fonts';
import { TEXT_METRICS } from '../raster/text-image';
import type { VirtualPrinterJob } from './virtual-printer';

/**
 * The paper drawn: 80 mm at 203 dpi, with a margin of white around it.
 * `cellDots` is the width of one character of the printers' font A.
 */
export const RENDER_PAPER = {
  widthDots: 576,
  margin: 16,
  cellDots: 12,
} as const;

/**
 * The error correction level QR codes are drawn at.
 * TODO(decoder): `decodeEscPos` drops `GS ( k` function 69, so the level a
 * job chose is not known here; both slip encoders send M, so M is drawn.
 */
export const RENDER_QR_LEVEL = 'M';

/** The modules of a QR symbol, as the printer would build it. */
export function qrModules(payload: string): QRCode.BitMatrix {
  return QRCode.create(payload, { errorCorrectionLevel: RENDER_QR_LEVEL })
    .modules;
}

interface Placed {
  readonly block: PrintBlock;
  readonly top: number;
  /** Text lines after wrapping at the paper's width. */
  readonly lines: readonly string[];
  /** Paper width in dots. */
  readonly paper: number;
  /** The symbol of a QR block. */
  readonly qr?: QRCode.BitMatrix;
}

function xFor(align: BlockAlign, drawn: number, paper: number): number {
  const free = paper - drawn;
  if (align === 'center') return Math.round(free / 2);
  if (align === 'right') return free;
  return 0;
}

function wrapText(ctx: SKRSContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && ctx.measureText(next).width > max) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  lines.push(current);
  return lines;
}

/** Where each block goes, and how tall the paper is. */
function layOut(
  ctx: SKRSContext2D,
  blocks: readonly PrintBlock[],
  paper: number,
) {
  const placed: Placed[] = [];
  let y = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'text': {
        ctx.font = slipFont(TEXT_METRICS.fontPx, block.bold);
        const max = paper / block.width;
        const lines = wrapText(ctx, block.text, max);
        placed.push({ block, top: y, lines, paper });
        y += lines.length * TEXT_METRICS.linePitch * block.height;
        break;
      }
      case 'image':
        placed.push({ block, top: y, lines: [], paper });
        y += block.height;
        break;
      case 'qr': {
        const qr = qrModules(block.payload);
        placed.push({ block, top: y, lines: [], paper, qr });
        y += qr.size * block.moduleSize;
        break;
      }
      case 'feed':
        y += block.dots;
        break;
      default: {
        const unknown: never = block;
        throw new Error(`Unknown block ${String(unknown)}`);
      }
    }
  }
  return { placed, height: y };
}

function drawText(ctx: SKRSContext2D, item: Placed): void {
  if (item.block.kind !== 'text') return;
  const { block } = item;
  ctx.font = slipFont(TEXT_METRICS.fontPx, block.bold);
  const pitch = TEXT_METRICS.linePitch * block.height;
  const cell = RENDER_PAPER.cellDots * block.width;
  item.lines.forEach((line, i) => {
    // The printer sets text on a grid of fixed cells; the drawn font is
    // squeezed, never stretched, to the cells the line would take.
    const natural = ctx.measureText(line).width * block.width;
    const squeeze = Math.min(1, (Array.from(line).length * cell) / natural);
    const drawn = natural * squeeze;
    const x =
      block.indent > 0
        ? block.indent * RENDER_PAPER.cellDots
        : xFor(block.align, drawn, item.paper);
    ctx.save();
    ctx.translate(Math.round(x), item.top + i * pitch);
    ctx.scale(block.width * squeeze, block.height);
    ctx.fillText(line, 0, TEXT_METRICS.baseline);
    ctx.restore();
  });
}

function drawImage(ctx: SKRSContext2D, item: Placed): void {
  if (item.block.kind !== 'image') return;
  const { widthBytes, height, data, align } = item.block;
  const left = xFor(align, widthBytes * 8, item.paper);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < widthBytes * 8; x++) {
      const byte = data[y * widthBytes + (x >> 3)] ?? 0;
      if ((byte & (0x80 >> (x & 7))) !== 0) {
        ctx.fillRect(left + x, item.top + y, 1, 1);
      }
    }
  }
}

/** Dark modules as black squares of the job's module size, no quiet zone. */
function drawQr(ctx: SKRSContext2D, item: Placed): void {
  if (item.block.kind !== 'qr' || item.qr === undefined) return;
  const { qr } = item;
  const { moduleSize, align } = item.block;
  const left = xFor(align, qr.size * moduleSize, item.paper);

  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.get(row, col) === 0) continue;
      ctx.fillRect(
        left + col * moduleSize,
        item.top + row * moduleSize,
        moduleSize,
        moduleSize,
      );
    }
  }
}

/**
 * A picture of the paper a job would come out as (576 dots wide unless
 * `paperDots` says otherwise, e.g. 384 for 58 mm): text in Be Vietnam Pro
 * at the job's alignment, boldness and magnification, raster images dot for
 * dot, and QR codes module for module. White paper, black ink, PNG.
 */
export function renderJobPng(
  job: Pick<VirtualPrinterJob, 'decoded'>,
  options: { readonly paperDots?: number } = {},
): Buffer {
  const widthDots = options.paperDots ?? RENDER_PAPER.widthDots;
  const probe = createCanvas(8, 8).getContext('2d');
  const { placed, height } = layOut(probe, job.decoded.blocks, widthDots);
  const { margin } = RENDER_PAPER;
  const canvas = createCanvas(
    widthDots + 2 * margin,
    Math.max(1, height) + 2 * margin,
  );
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(margin, margin);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';

  for (const item of placed) {
    drawText(ctx, item);
    drawImage(ctx, item);
    drawQr(ctx, item);
  }
  return canvas.toBuffer('image/png');
}
