#!/usr/bin/env node
// Entry point of the README's two commands, `npm start` and `npm test`.
// Plain Node with no dependencies: it must run on a fresh clone that has
// only Node 20 and npm, install what is missing, then hand over.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = ['-y', 'pnpm@10.34.8'];
const CHROMIUM = process.env.MOTCUA_CHROMIUM ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    ...options,
  });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

function pnpm(...args) {
  run('npx', [...PNPM, ...args]);
}

function ensurePackages() {
  if (!existsSync(join(root, 'node_modules/.modules.yaml'))) {
    console.log('motcua: installing packages (first run only)…');
    pnpm('install', '--frozen-lockfile');
  }
}

const has = (check) => spawnSync('sh', ['-c', check]).status === 0;

// The browser tests drive Debian's Chromium; socat makes serial
// pseudo-terminals; scanimage's test backend stands in for a document
// scanner; node-hid loads libusb. Install them when we may, explain when we
// may not.
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!has('command -v socat')) missing.push('socat');
  if (!has('command -v scanimage')) missing.push('sane-utils');
  if (!has('ldconfig -p | grep -q libusb-1.0.so.0')) {
    missing.push('libusb-1.0-0');
  }
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) {
    console.error(
      `motcua: the tests need ${missing.join(' and ')}; install ` +
        `them (Debian: apt-get install ${missing.join(' ')}) and run again.`,
    );
    process.exit(1);
  }
  console.log(`motcua: installing ${missing.join(', ')} with apt-get…`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const command = process.argv[2];
switch (command) {
  case 'start':
    ensurePackages();
    pnpm('run', 'build');
    pnpm('exec', 'tsx', 'scripts/src/start.ts');
    break;
  case 'test':
    ensurePackages();
    ensureSystemPackages();
    pnpm('run', 'format:check');
    pnpm('run', 'lint');
    pnpm('run', 'typecheck');
    pnpm('run', 'build');
    pnpm('exec', 'vitest', 'run');
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test');
    process.exit(2);
}
