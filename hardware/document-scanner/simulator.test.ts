import { expect, test } from 'vitest';
import { createSimulatedScanner, simulatedScanDelays } from './simulator';
import type { ScanRequest } from './types';

const request: ScanRequest = {
  device: 'sim:0',
  resolution: 200,
  mode: 'gray',
  source: 'adfDuplex',
  pageSize: 'A4',
};

function instantScanner() {
  const waits: number[] = [];
  const scanner = createSimulatedScanner({
    delay: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { scanner, waits };
}

test('duplex feeding yields front and back of every sheet, in order', async () => {
  const { scanner } = instantScanner();
  scanner.loadFeeder([
    { front: 'text', back: 'blank' },
    { front: 'text', back: 'text' },
  ]);

  const scanned = await scanner.scan(request);

  expect(scanned.ok).toBe(true);
  if (!scanned.ok) return;
  expect(scanned.value.map((page) => page.blank)).toEqual([
    false,
    true,
    false,
    false,
  ]);
  expect(scanned.value[0]).toMatchObject({
    widthPx: 1654,
    heightPx: 2339,
    dpi: 200,
  });
  expect(scanner.feederCount()).toBe(0);
});

test('takes the warm-up and one page time per side from the delay', async () => {
  const { scanner, waits } = instantScanner();
  scanner.loadFeeder([{ front: 'text', back: 'text' }]);

  await scanner.scan({ ...request, source: 'adf' });

  expect(waits).toEqual([
    simulatedScanDelays.warmUpMs,
    simulatedScanDelays.perPageMs,
  ]);
});

test('maxPages leaves the remaining sheets in the feeder', async () => {
  const { scanner } = instantScanner();
  scanner.loadFeeder([
    { front: 'text', back: 'blank' },
    { front: 'text', back: 'blank' },
    { front: 'text', back: 'blank' },
  ]);

  const scanned = await scanner.scan({ ...request, maxPages: 2 });

  expect(scanned.ok && scanned.value.length).toBe(2);
  expect(scanner.feederCount()).toBe(2);
});

test('an empty glass scans as one blank page', async () => {
  const { scanner } = instantScanner();

  const scanned = await scanner.scan({ ...request, source: 'flatbed' });

  expect(scanned.ok && scanned.value.map((page) => page.blank)).toEqual([true]);
});

test('a colour text page on the glass is a PNG with ink', async () => {
  const { scanner } = instantScanner();
  scanner.placeOnGlass('text');

  const scanned = await scanner.scan({
    ...request,
    source: 'flatbed',
    mode: 'color',
    resolution: 300,
  });

  expect(scanned.ok).toBe(true);
  if (!scanned.ok) return;
  const [page] = scanned.value;
  expect(page?.image.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(page?.widthPx).toBe(2480);
  expect(page?.inkRatio).toBeGreaterThan(0.01);
});
