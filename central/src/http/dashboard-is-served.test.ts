import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { get } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { makeDataDir, startTestCentral } from '../testing/harness';

let central: TestCentral;

// fetch() would normalise the dots away; node:http sends the path as given.
function rawGet(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

afterEach(async () => {
  await central.dispose();
});

it('says to run the build when the dashboard is not built', async () => {
  central = await startTestCentral();

  const response = await fetch(`${central.url}/`);

  expect(response.status).toBe(503);
  expect(await response.text()).toContain('build');
});

it('serves the built dashboard with content types, and no file outside it', async () => {
  const dataDir = await makeDataDir();
  const dashboardDir = join(dataDir, 'dashboard');
  await mkdir(join(dashboardDir, 'assets'), { recursive: true });
  await writeFile(join(dashboardDir, 'index.html'), '<!doctype html>');
  await writeFile(join(dashboardDir, 'assets', 'app-1a2b.js'), 'void 0;');
  await writeFile(join(dataDir, 'secret.txt'), 'not for the web');
  central = await startTestCentral({ dataDir, dashboardDir });

  const [page, script, escape, health] = await Promise.all([
    fetch(`${central.url}/`),
    fetch(`${central.url}/assets/app-1a2b.js`),
    rawGet(`${central.url}/..%2f..%2fsecret.txt`),
    fetch(`${central.url}/api/health`),
  ]);

  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(script.headers.get('content-type')).toBe(
    'text/javascript; charset=utf-8',
  );
  expect(escape).toBe('<!doctype html>');
  expect(await health.json()).toEqual({ ok: true });
});
