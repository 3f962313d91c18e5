import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../escpos-decoder';
import { SAMPLE_SLIP } from '../fixtures/sample-slip';
import type { ProfileId } from '../profiles';
import { PROFILES } from '../profiles';
import { encodeSlip } from '../slip';
import {
  expectPngMatchesFile,
  PNG_TOLERANCE,
  pixelDifference,
} from '../test-support/png-golden';
import { RENDER_PAPER, renderJobPng } from './render-job';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

function render(id: ProfileId): Buffer {
  const decoded = decodeEscPos(encodeSlip(SAMPLE_SLIP, PROFILES[id]));
  return renderJobPng({ decoded });
}

describe('renderJobPng', () => {
  // Regenerate with `npx vitest run --project hardware render-job -u` and
  // open both PNGs: Vietnamese marks, centring, bold double-height code.
  it.each(['epson-tm-t88vi', 'xprinter-xp-n160ii'] as const)(
    'draws the sample slip from %s like the golden picture',
    (id) => {
      expectPngMatchesFile(render(id), fixture(`sample-slip.${id}.png`));
    },
  );

  it('draws a paper 576 dots wide inside its margin', () => {
    const png = render('epson-tm-t88vi');
    // PNG header: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(576 + 2 * RENDER_PAPER.margin);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });

  it.each(['epson-tm-t88vi', 'xprinter-xp-n160ii'] as const)(
    'notices a lost tone mark on %s',
    (id) => {
      const rows = [
        { label: 'Người nộp', value: 'NGUYÊN VĂN AN' },
        ...SAMPLE_SLIP.rows.slice(1),
      ];
      const decoded = decodeEscPos(
        encodeSlip({ ...SAMPLE_SLIP, rows }, PROFILES[id]),
      );
      const difference = pixelDifference(renderJobPng({ decoded }), render(id));
      expect(difference).toBeGreaterThan(PNG_TOLERANCE);
    },
  );

  it('draws an empty job as blank paper without throwing', () => {
    const png = renderJobPng({ decoded: decodeEscPos(new Uint8Array(0)) });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
