import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSaneScanner } from './sane-scanner';
import type { TestBackend } from './sane-test-backend';
import { createTestBackend } from './sane-test-backend';
import type { ScanMode } from './types';

let backend: TestBackend;
beforeAll(async () => {
  backend = await createTestBackend();
});
afterAll(() => backend.dispose());

test.each<[string, ScanMode, boolean]>([
  ['Solid white', 'gray', true],
  ['Solid white', 'color', true],
  ['Grid', 'gray', false],
  ['Color pattern', 'color', false],
  ['Solid black', 'gray', false],
])('the %s test picture in %s is blank: %s', async (picture, mode, blank) => {
  const scanner = createSaneScanner({
    env: backend.env,
    extraArgs: () => ['--test-picture', picture],
  });

  const scanned = await scanner.scan({
    device: 'test:0',
    resolution: 200,
    mode,
    source: 'flatbed',
    pageSize: 'A4',
  });

  expect(scanned.ok).toBe(true);
  if (!scanned.ok) return;
  expect(scanned.value[0]?.blank).toBe(blank);
  if (blank) expect(scanned.value[0]?.inkRatio).toBe(0);
});
