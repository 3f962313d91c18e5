import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private SANE configuration that enables only the `test` backend, for
 * tests. Debian ships `test` commented out in /etc/sane.d/dll.conf, and
 * its test.conf caps the scan area at 200 mm, short of A4. Pointing
 * SANE_CONFIG_DIR (no trailing colon) here replaces the system files for
 * the scanimage processes we start, and nothing else is touched.
 */
export interface TestBackend {
  readonly env: Readonly<Record<string, string>>;
  dispose(): Promise<void>;
}

const testConf = [
  'number_of_devices 2',
  'mode Gray',
  'depth 8',
  'resolution 200.0',
  'test-picture "Solid white"',
  'geometry_min 0.0',
  'geometry_max 300.0',
  'geometry_quant 1.0',
  'br_x 210.0',
  'br_y 297.0',
  '',
].join('\n');

export async function createTestBackend(): Promise<TestBackend> {
  const folder = await mkdtemp(join(tmpdir(), 'motcua-sane-'));
  await writeFile(join(folder, 'dll.conf'), 'test\n');
  await writeFile(join(folder, 'test.conf'), testConf);
  return {
    env: { SANE_CONFIG_DIR: folder },
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}
