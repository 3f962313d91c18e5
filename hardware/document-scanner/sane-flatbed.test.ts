import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSaneScanner } from './sane-scanner';
import type { TestBackend } from './sane-test-backend';
import { createTestBackend } from './sane-test-backend';
import type { ScanRequest } from './types';

let backend: TestBackend;
beforeAll(async () => {
  backend = await createTestBackend();
});
afterAll(() => backend.dispose());

const request: ScanRequest = {
  device: 'test:0',
  resolution: 200,
  mode: 'gray',
  source: 'flatbed',
  pageSize: 'A4',
};
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

// A4 is 8.27 x 11.69 in; the test backend rounds each side down.
test.each([
  { resolution: 200, width: 1654, height: 2339 },
  { resolution: 300, width: 2480, height: 3508 },
])(
  'a flatbed A4 scan at $resolution dpi is a PNG of about $width x $height',
  async ({ resolution, width, height }) => {
    const scanner = createSaneScanner({ env: backend.env });

    const scanned = await scanner.scan({ ...request, resolution });

    expect(scanned.ok).toBe(true);
    if (!scanned.ok) return;
    expect(scanned.value).toHaveLength(1);
    const [page] = scanned.value;
    expect(page?.image.subarray(0, 4)).toEqual(pngSignature);
    expect(page?.dpi).toBe(resolution);
    expect(Math.abs((page?.widthPx ?? 0) - width)).toBeLessThanOrEqual(1);
    expect(Math.abs((page?.heightPx ?? 0) - height)).toBeLessThanOrEqual(1);
  },
);

test('colour and line-art scans both succeed on the test backend', async () => {
  const scanner = createSaneScanner({
    env: backend.env,
    extraArgs: () => ['--test-picture', 'Grid'],
  });

  const color = await scanner.scan({ ...request, mode: 'color' });
  // The test backend has no Lineart mode; one-bit Gray stands in for it.
  const lineart = await scanner.scan({ ...request, mode: 'lineart' });

  expect(color.ok && color.value[0]?.blank).toBe(false);
  expect(lineart.ok && lineart.value[0]?.blank).toBe(false);
});
