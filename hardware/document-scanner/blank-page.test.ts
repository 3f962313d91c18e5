import { describe, expect, test } from 'vitest';
import { detectBlankPage, rgbaToGray } from './blank-page';
import {
  a4At200,
  addSpeckles,
  addTextLines,
  fillRect,
  noisyPaper,
  uniformPage,
} from './blank-page-samples';

describe('pages that are blank', () => {
  test('pure white paper has no ink at all', () => {
    expect(detectBlankPage(uniformPage(255))).toEqual({
      blank: true,
      inkRatio: 0,
    });
  });

  test('noisy paper with dust speckles is still blank', () => {
    const page = noisyPaper(238, 15);
    addSpeckles(page, 2_000);

    const verdict = detectBlankPage(page);

    expect(verdict.blank).toBe(true);
    expect(verdict.inkRatio).toBeLessThan(0.0002);
  });

  test('a dark edge shadow inside the margin is ignored', () => {
    const page = noisyPaper(240, 10);
    fillRect(page, { x: 0, y: 0, width: 40, height: a4At200.height }, 30);
    fillRect(page, { x: 0, y: 0, width: a4At200.width, height: 60 }, 30);

    expect(detectBlankPage(page).blank).toBe(true);
    expect(detectBlankPage(page, { marginRatio: 0 }).blank).toBe(false);
  });
});

describe('pages that are not blank', () => {
  test('a faint page with three lines of text has ink', () => {
    const page = noisyPaper(235, 10);
    addTextLines(page, 3, 150);

    const verdict = detectBlankPage(page);

    expect(verdict.blank).toBe(false);
    expect(verdict.inkRatio).toBeGreaterThan(0.002);
  });

  test('a dark page is almost all ink', () => {
    const verdict = detectBlankPage(noisyPaper(40, 20));

    expect(verdict.blank).toBe(false);
    expect(verdict.inkRatio).toBeGreaterThan(0.99);
  });
});

describe('thresholds', () => {
  test('a higher blank ratio turns the text page blank', () => {
    const page = noisyPaper(235, 10);
    addTextLines(page, 3, 150);

    expect(detectBlankPage(page, { blankInkRatio: 0.5 }).blank).toBe(true);
  });

  test('faint text lighter than the dark threshold does not count', () => {
    const page = noisyPaper(235, 5);
    addTextLines(page, 3, 200);

    expect(detectBlankPage(page).blank).toBe(true);
    expect(detectBlankPage(page, { darkThreshold: 215 }).blank).toBe(false);
  });
});

test('rgbaToGray weighs green most and ignores alpha', () => {
  const rgba = new Uint8Array([255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 255, 9]);

  expect([...rgbaToGray(rgba)]).toEqual([76, 150, 29]);
});
