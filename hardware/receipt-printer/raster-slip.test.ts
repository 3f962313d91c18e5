import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './escpos-decoder';
import { SAMPLE_SLIP } from './fixtures/sample-slip';
import { PROFILES, profileDots } from './profiles';
import { renderTextBlock } from './raster/text-image';
import { encodeSlip } from './slip';
import { hexDump } from './test-support/hex-dump';

const RASTER_PROFILES = [PROFILES['xprinter-xp-n160ii'], PROFILES['pos-5890']];

describe('encodeSlip in raster mode', () => {
  // Regenerate after an intended layout or font change with
  // `npx vitest run --project hardware raster-slip -u`, then look at the
  // rendered picture (render-job.test.ts) before committing.
  it('produces exactly the bytes of the golden file on an XP-N160II', async () => {
    const bytes = encodeSlip(SAMPLE_SLIP, PROFILES['xprinter-xp-n160ii']);
    await expect(hexDump(bytes)).toMatchFileSnapshot(
      './fixtures/sample-slip.xprinter-xp-n160ii.hex',
    );
  });

  it.each(RASTER_PROFILES)('sends no text bytes on $id', (profile) => {
    const decoded = decodeEscPos(encodeSlip(SAMPLE_SLIP, profile));
    expect(decoded.lines).toEqual([]);
    expect(decoded.unknown).toBe(0);
    expect(decoded.cuts).toBe(1);
  });

  it.each(RASTER_PROFILES)(
    'keeps every image within the $dots dots of $id',
    (profile) => {
      const { blocks } = decodeEscPos(encodeSlip(SAMPLE_SLIP, profile));
      const images = blocks.filter((block) => block.kind === 'image');
      expect(images.length).toBeGreaterThanOrEqual(5);
      for (const image of images) {
        expect(image.widthBytes * 8).toBeLessThanOrEqual(profileDots(profile));
        expect(image.height).toBeLessThanOrEqual(255);
        expect(image.align).toBe('left');
      }
    },
  );

  it('prints the QR natively and centred, with the payload intact', () => {
    const bytes = encodeSlip(SAMPLE_SLIP, PROFILES['xprinter-xp-n160ii']);
    const { qrCodes, blocks } = decodeEscPos(bytes);
    expect(qrCodes).toEqual([SAMPLE_SLIP.qr]);
    expect(blocks.find((block) => block.kind === 'qr')).toMatchObject({
      payload: SAMPLE_SLIP.qr,
      moduleSize: 6,
      align: 'center',
    });
  });

  it('draws the code bold at twice the height of normal text', () => {
    const bytes = encodeSlip(SAMPLE_SLIP, PROFILES['xprinter-xp-n160ii']);
    const images = decodeEscPos(bytes).blocks.filter(
      (block) => block.kind === 'image',
    );
    const single = renderTextBlock(
      [SAMPLE_SLIP.code],
      { align: 'center', bold: true, width: 1, height: 1 },
      576,
    ).bitmap;
    // Header, title, code, rows, footer: the code is the third image.
    expect(images[2]?.height).toBeGreaterThanOrEqual(2 * single.height);
    expect(images[2]?.height).toBeLessThanOrEqual(2 * single.height + 2);
  });

  it('wraps long rows on 58 mm paper instead of cutting them off', () => {
    const wide = encodeSlip(SAMPLE_SLIP, PROFILES['xprinter-xp-n160ii']);
    const narrow = encodeSlip(SAMPLE_SLIP, PROFILES['pos-5890']);
    const rowsHeight = (bytes: Uint8Array) =>
      decodeEscPos(bytes).blocks.filter((block) => block.kind === 'image')[3]
        ?.height ?? 0;
    expect(rowsHeight(narrow)).toBeGreaterThan(rowsHeight(wide));
  });
});
