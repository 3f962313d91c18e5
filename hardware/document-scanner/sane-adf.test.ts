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
  device: 'test:1',
  resolution: 200,
  mode: 'gray',
  source: 'adf',
  pageSize: 'A4',
};

test('a feeder batch returns the ten sheets the test backend holds', async () => {
  // The test backend's feeder reports empty after ten sheets.
  const scanner = createSaneScanner({
    env: backend.env,
    extraArgs: () => ['--test-picture', 'Grid'],
  });

  const scanned = await scanner.scan(request);

  expect(scanned.ok).toBe(true);
  if (!scanned.ok) return;
  expect(scanned.value).toHaveLength(10);
  for (const page of scanned.value) {
    expect(page.widthPx).toBeGreaterThan(1600);
    expect(page.blank).toBe(false);
  }
});

test('maxPages stops the feeder after that many pages', async () => {
  const scanner = createSaneScanner({ env: backend.env });

  const scanned = await scanner.scan({ ...request, maxPages: 3 });

  expect(scanned.ok && scanned.value.length).toBe(3);
});

test('duplex is refused because the test backend has no duplex source', async () => {
  const scanner = createSaneScanner({ env: backend.env });

  const scanned = await scanner.scan({ ...request, source: 'adfDuplex' });

  expect(scanned).toEqual({
    ok: false,
    error: {
      code: 'invalidRequest',
      option: '--source',
      message: expect.stringContaining('Automatic Document Feeder'),
    },
  });
});
