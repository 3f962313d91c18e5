import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:import|export)[^'"]*?from\s*'([^']+)'|import\('([^']+)'\)/g;

/** Every file the wedge entry reaches, with the specifiers each imports. */
function reach(file: string, seen = new Map<string, string[]>()) {
  if (seen.has(file)) return seen;
  const specifiers = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  seen.set(file, specifiers);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) {
      reach(resolve(dirname(file), `${specifier}.ts`), seen);
    }
  }
  return seen;
}

it('the wedge entry reaches only relative, Node-free files', () => {
  const files = reach(join(here, 'wedge', 'index.ts'));

  const outside = [...files].flatMap(([file, specifiers]) =>
    specifiers
      .filter((s) => !s.startsWith('.'))
      .map((s) => `${file.slice(here.length + 1)} imports ${s}`),
  );

  expect(files.size).toBeGreaterThanOrEqual(3);
  expect(outside).toEqual([]);
});
