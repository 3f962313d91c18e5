import { createCanvas, Image } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../escpos-decoder';
import { qrCode } from '../escpos-commands';
import { RENDER_PAPER, RENDER_QR_LEVEL, renderJobPng } from './render-job';

const PAYLOAD = 'https://motcua.example.vn/tra-cuu?ma=HS-2026-000123';

/** A job holding nothing but one QR code, aligned by `ESC a n`. */
function qrJob(align: 0 | 1 | 2, moduleSize: number) {
  const bytes = [
    ...[0x1b, 0x61, align],
    ...qrCode(PAYLOAD, { moduleSize, errorLevel: 'm' }),
  ];
  return { decoded: decodeEscPos(Uint8Array.from(bytes)) };
}

function darkAt(png: Buffer): (x: number, y: number) => boolean {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data, width } = ctx.getImageData(0, 0, image.width, image.height);
  return (x, y) => (data[(y * width + x) * 4] ?? 255) < 128;
}

describe('renderJobPng with a QR code', () => {
  const { modules } = QRCode.create(PAYLOAD, {
    errorCorrectionLevel: RENDER_QR_LEVEL,
  });
  const side = (moduleSize: number) => modules.size * moduleSize;
  const paper = RENDER_PAPER.widthDots;

  it.each([
    { name: 'left', align: 0, moduleSize: 6, left: 0 },
    {
      name: 'centre',
      align: 1,
      moduleSize: 6,
      left: Math.round((paper - side(6)) / 2),
    },
    { name: 'right', align: 2, moduleSize: 3, left: paper - side(3) },
  ] as const)(
    'draws every module at its place, $name aligned, $moduleSize dots each',
    ({ align, moduleSize, left }) => {
      const dark = darkAt(renderJobPng(qrJob(align, moduleSize)));
      const origin = RENDER_PAPER.margin;
      const centre = (index: number) =>
        index * moduleSize + Math.floor(moduleSize / 2);

      const mismatches: string[] = [];
      for (let row = 0; row < modules.size; row++) {
        for (let col = 0; col < modules.size; col++) {
          const drawn = dark(origin + left + centre(col), origin + centre(row));
          if (drawn !== (modules.get(row, col) === 1)) {
            mismatches.push(`${row},${col}`);
          }
        }
      }

      expect(mismatches).toEqual([]);
    },
  );

  it('leaves the paper white around the symbol', () => {
    const png = renderJobPng(qrJob(1, 6));
    const dark = darkAt(png);
    const left = RENDER_PAPER.margin + Math.round((paper - side(6)) / 2);
    const top = RENDER_PAPER.margin;

    // Just outside each edge of the symbol, half a module away.
    const outside = [
      ...Array.from({ length: side(6) }, (_, i) => [left - 3, top + i]),
      ...Array.from({ length: side(6) }, (_, i) => [
        left + side(6) + 2,
        top + i,
      ]),
      ...Array.from({ length: side(6) }, (_, i) => [
        left + i,
        top + side(6) + 2,
      ]),
    ];

    expect(outside.filter(([x, y]) => dark(x ?? 0, y ?? 0))).toEqual([]);
    expect(png.readUInt32BE(20)).toBe(side(6) + 2 * RENDER_PAPER.margin);
  });
});
