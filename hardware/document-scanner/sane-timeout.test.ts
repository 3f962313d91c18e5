import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSaneScanner } from './sane-scanner';
import type { TestBackend } from './sane-test-backend';
import { createTestBackend } from './sane-test-backend';

let backend: TestBackend;
beforeAll(async () => {
  backend = await createTestBackend();
});
afterAll(() => backend.dispose());

test('a scan that outlives its timeout is killed and reports timeout', async () => {
  // 0.2 s after every buffer makes an A4 page take minutes, so a 50 ms
  // timeout always fires first; nothing here waits on a clock.
  const scanner = createSaneScanner({
    env: backend.env,
    scanTimeoutMs: 50,
    killGraceMs: 1_000,
    extraArgs: () => ['--read-delay=yes', '--read-delay-duration=200000'],
  });

  const scanned = await scanner.scan({
    device: 'test:0',
    resolution: 300,
    mode: 'gray',
    source: 'flatbed',
    pageSize: 'A4',
  });

  expect(scanned.ok || scanned.error.code).toBe('timeout');
});
