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

test('a device that does not exist is noDevice', async () => {
  const scanner = createSaneScanner({ env: backend.env });

  const scanned = await scanner.scan({ ...request, device: 'test:9' });

  expect(scanned.ok || scanned.error.code).toBe('noDevice');
});

test('a resolution outside 200..300 dpi is refused before scanimage runs', async () => {
  const scanner = createSaneScanner({ command: '/nonexistent/scanimage' });

  const scanned = await scanner.scan({ ...request, resolution: 600 });

  expect(scanned.ok || scanned.error).toMatchObject({
    code: 'invalidRequest',
    option: 'resolution',
  });
});

test('an option the device rejects is invalidRequest naming it', async () => {
  // Passed through unchecked, so scanimage itself refuses it.
  const scanner = createSaneScanner({
    env: backend.env,
    extraArgs: () => ['--test-picture', 'Polka dots'],
  });

  const scanned = await scanner.scan(request);

  expect(scanned.ok || scanned.error).toMatchObject({
    code: 'invalidRequest',
    option: '--test-picture',
  });
});
