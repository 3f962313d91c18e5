import { expect, test } from 'vitest';
import { validateScanRequest } from './request';
import type { ScanRequest } from './types';

const good: ScanRequest = {
  device: 'test:0',
  resolution: 250,
  mode: 'color',
  source: 'adf',
  pageSize: 'A4',
};

test('accepts a request within every bound', () => {
  expect(validateScanRequest(good)).toEqual({ ok: true, value: good });
});

test.each<[string, Record<string, unknown>]>([
  ['device', { device: '' }],
  ['resolution', { resolution: 199 }],
  ['resolution', { resolution: 301 }],
  ['resolution', { resolution: 250.5 }],
  ['mode', { mode: 'sepia' }],
  ['source', { source: 'tray' }],
  ['pageSize', { pageSize: 'Letter' }],
  ['maxPages', { maxPages: 0 }],
  ['maxPages', { source: 'flatbed', maxPages: 2 }],
])('refuses a bad %s: %o', (option, change) => {
  const request = { ...good, ...change } as unknown as ScanRequest;

  expect(validateScanRequest(request)).toMatchObject({
    ok: false,
    error: { code: 'invalidRequest', option },
  });
});
