import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSaneScanner } from './sane-scanner';
import type { TestBackend } from './sane-test-backend';
import { createTestBackend } from './sane-test-backend';

let backend: TestBackend;
beforeAll(async () => {
  backend = await createTestBackend();
});
afterAll(() => backend.dispose());

test('lists both virtual devices of the SANE test backend', async () => {
  const scanner = createSaneScanner({ env: backend.env });

  const listed = await scanner.list();

  expect(listed).toEqual({
    ok: true,
    value: [
      {
        name: 'test:0',
        vendor: 'Noname',
        model: 'frontend-tester',
        type: 'virtual device',
      },
      {
        name: 'test:1',
        vendor: 'Noname',
        model: 'frontend-tester',
        type: 'virtual device',
      },
    ],
  });
});

test('a missing scanimage is a failed listing, not a throw', async () => {
  const scanner = createSaneScanner({ command: '/nonexistent/scanimage' });

  const listed = await scanner.list();

  expect(listed.ok).toBe(false);
  if (listed.ok) return;
  expect(listed.error.code).toBe('failed');
  expect(listed.error.message).toMatch(/could not be started.*ENOENT/);
});
