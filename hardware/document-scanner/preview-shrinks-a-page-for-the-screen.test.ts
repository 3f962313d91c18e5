import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { PREVIEW_WIDTH_PX, previewDataUrl } from './page-image';
import { renderSimulatedPage } from './simulator-pages';

describe('the on-screen preview of a scanned page', () => {
  it('is a small JPEG data URL of the page, 360 px wide', async () => {
    const page = await renderSimulatedPage('text', 'A4', 200, 'gray');

    const preview = await previewDataUrl(page);

    expect(preview).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/);
    const jpeg = Buffer.from(preview.split(',')[1] ?? '', 'base64');
    // Well inside what `document.scanned` allows (400 000 characters).
    expect(preview.length).toBeLessThan(80_000);
    const image = await loadImage(jpeg);
    expect(image.width).toBe(PREVIEW_WIDTH_PX);
    // A4 keeps its shape: 297 / 210 of the width, within a pixel.
    expect(
      Math.abs(image.height - (PREVIEW_WIDTH_PX * 297) / 210),
    ).toBeLessThan(2);
  });

  it('throws on bytes that are not an image', async () => {
    await expect(previewDataUrl(Buffer.from('not a png'))).rejects.toThrow();
  });
});
