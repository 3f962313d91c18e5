import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSaneScanner } from './sane-scanner';
import type { TestBackend } from './sane-test-backend';
import { createTestBackend } from './sane-test-backend';
import type { ScanRequest } from './types';

let backend: TestBackend;
let tempRoot: string;
beforeAll(async () => {
  backend = await createTestBackend();
  tempRoot = await mkdtemp(join(tmpdir(), 'motcua-scan-root-'));
});
afterAll(async () => {
  await backend.dispose();
  await rm(tempRoot, { recursive: true, force: true });
});

const request: ScanRequest = {
  device: 'test:0',
  resolution: 200,
  mode: 'gray',
  source: 'adf',
  pageSize: 'A4',
};
// Slow enough that a scan is still running when the test looks.
const slowly = ['--read-delay=yes', '--read-delay-duration=200000'];

test('no page files are left behind after a batch', async () => {
  const scanner = createSaneScanner({ env: backend.env, tempRoot });

  const scanned = await scanner.scan({ ...request, maxPages: 2 });

  expect(scanned.ok).toBe(true);
  expect(await readdir(tempRoot)).toEqual([]);
});

test('no page files are left behind after a timeout', async () => {
  const scanner = createSaneScanner({
    env: backend.env,
    tempRoot,
    scanTimeoutMs: 50,
    extraArgs: () => slowly,
  });

  const scanned = await scanner.scan(request);

  expect(scanned.ok || scanned.error.code).toBe('timeout');
  expect(await readdir(tempRoot)).toEqual([]);
});

test('a second scan of a device that is scanning is busy', async () => {
  const scanner = createSaneScanner({
    env: backend.env,
    scanTimeoutMs: 50,
    extraArgs: () => slowly,
  });

  const first = scanner.scan(request);
  const second = await scanner.scan(request);

  expect(second.ok || second.error.code).toBe('busy');
  expect((await first).ok).toBe(false);
});
