/**
 * First-screen JS of the built kiosk page, gzipped, against the 200 KB
 * budget in DESIGN.md.
 *
 *   npx tsx scripts/src/bench/first-screen-js.ts [dist folder]
 *
 * What counts: every `<script src>` and `<link rel="modulepreload">` in the
 * built index.html, and every chunk those import statically (an `import`
 * statement, not `import()`), followed transitively. Chunks reached only
 * through `import()` (the QR encoder for the slip) load later and are
 * listed apart. Each file is gzipped on its own with zlib at level 9, as a
 * server would send it. Exits with 1 when over budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../services';
import { verdict } from './stats';

const BUDGET_BYTES = 200 * 1024;

const STATIC_IMPORT =
  /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

interface Chunk {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

function entriesOf(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)];
  const preloads = [
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return [...scripts, ...preloads].map((match) => match[1] ?? '');
}

function measure(path: string, dist: string): Chunk {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

/** Walks static imports from the entries; returns loaded and lazy files. */
function walk(dist: string, entries: readonly string[]) {
  const loaded = new Set<string>();
  const lazy = new Set<string>();
  const queue = entries.map((entry) => resolve(dist, entry));
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (loaded.has(file)) continue;
    loaded.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) {
      queue.push(resolve(dirname(file), match[1] ?? ''));
    }
    for (const match of text.matchAll(DYNAMIC_IMPORT)) {
      lazy.add(resolve(dirname(file), match[1] ?? ''));
    }
  }
  for (const file of loaded) lazy.delete(file);
  return { loaded: [...loaded], lazy: [...lazy] };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const dist = resolve(process.argv[2] ?? join(REPO_ROOT, 'kiosk-app/dist'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const { loaded, lazy } = walk(dist, entriesOf(html));
  const first = loaded.map((file) => measure(file, dist));
  const later = lazy.map((file) => measure(file, dist));

  console.log(`dist: ${dist}`);
  console.log('first screen:');
  for (const chunk of first) {
    console.log(
      `  ${chunk.file}  ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip`,
    );
  }
  console.log('loaded later (import()):');
  for (const chunk of later) {
    console.log(
      `  ${chunk.file}  ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip`,
    );
  }
  const total = first.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const pass = total <= BUDGET_BYTES;
  console.log(
    `first-screen JS gzip: ${kb(total)} (budget ${kb(BUDGET_BYTES)}): ${verdict(pass)}`,
  );
  if (!pass) process.exitCode = 1;
}

main();
