import fc from 'fast-check';
import { expect, test } from 'vitest';
import { detectBlankPage } from './blank-page';

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 80 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1),
);

const anyImage = fc.record({
  width: anyNumber,
  height: anyNumber,
  pixels: fc.uint8Array({ maxLength: 4_000 }),
});

const anyOptions = fc.record(
  {
    marginRatio: anyNumber,
    darkThreshold: anyNumber,
    blankInkRatio: anyNumber,
  },
  { requiredKeys: [] },
);

test('never throws and keeps the ink ratio within 0..1', () => {
  fc.assert(
    fc.property(anyImage, anyOptions, (image, options) => {
      const verdict = detectBlankPage(image, options);

      expect(verdict.inkRatio).toBeGreaterThanOrEqual(0);
      expect(verdict.inkRatio).toBeLessThanOrEqual(1);
      expect(typeof verdict.blank).toBe('boolean');
    }),
  );
});

test('more ink never makes a blank page out of one that was not', () => {
  const sized = fc.integer({ min: 1, max: 40 }).chain((width) =>
    fc.integer({ min: 1, max: 40 }).chain((height) =>
      fc.record({
        width: fc.constant(width),
        height: fc.constant(height),
        pixels: fc.uint8Array({
          minLength: width * height,
          maxLength: width * height,
        }),
      }),
    ),
  );

  fc.assert(
    fc.property(sized, (image) => {
      const darker = { ...image, pixels: image.pixels.map((v) => v >> 1) };

      const before = detectBlankPage(image).inkRatio;
      const after = detectBlankPage(darker).inkRatio;

      expect(after).toBeGreaterThanOrEqual(before);
    }),
  );
});
