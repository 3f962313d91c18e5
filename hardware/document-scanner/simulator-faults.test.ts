import { expect, test } from 'vitest';
import type { SimulatorOptions } from './simulator';
import { createSimulatedScanner } from './simulator';
import type { ScanRequest } from './types';

const request: ScanRequest = {
  device: 'sim:0',
  resolution: 200,
  mode: 'gray',
  source: 'adf',
  pageSize: 'A4',
};
const sheet = { front: 'text', back: 'blank' } as const;

function scannerWith(options: SimulatorOptions = {}) {
  return createSimulatedScanner({ delay: () => Promise.resolve(), ...options });
}

test('an empty feeder is noPaper', async () => {
  const scanned = await scannerWith().scan(request);

  expect(scanned.ok || scanned.error.code).toBe('noPaper');
});

test.each(['coverOpen', 'busy', 'timeout', 'failed', 'noDevice'] as const)(
  'the %s fault is returned as that code',
  async (code) => {
    const scanner = scannerWith();
    scanner.loadFeeder([sheet]);
    scanner.setFault({ code });

    const scanned = await scanner.scan(request);

    expect(scanned.ok || scanned.error.code).toBe(code);
  },
);

test('a jam after two sheets stops the batch and clears with the fault', async () => {
  const scanner = scannerWith();
  scanner.loadFeeder([sheet, sheet, sheet, sheet]);
  scanner.setFault({ code: 'jammed', afterPages: 2 });

  const jammed = await scanner.scan(request);
  scanner.setFault(null);
  scanner.loadFeeder([sheet]);
  const after = await scanner.scan(request);

  expect(jammed.ok || jammed.error.code).toBe('jammed');
  expect(after.ok && after.value.length).toBe(1);
});

test('a second scan while one is running is busy', async () => {
  // The first wait (warm-up) holds until released; later ones pass.
  let release = (): void => undefined;
  const warmUp = new Promise<void>((done) => (release = done));
  const scanner = scannerWith({ delay: () => warmUp });
  scanner.loadFeeder([sheet]);

  const first = scanner.scan(request);
  const second = await scanner.scan(request);
  release();

  expect(second.ok || second.error.code).toBe('busy');
  await first;
});

test('an unplugged scanner is missing from the list', async () => {
  const scanner = scannerWith();
  scanner.setFault({ code: 'noDevice' });

  expect(await scanner.list()).toEqual({ ok: true, value: [] });
});

test('a source the simulated model lacks is refused', async () => {
  const scanner = scannerWith({ sources: ['flatbed'] });
  scanner.loadFeeder([sheet]);

  const scanned = await scanner.scan(request);

  expect(scanned.ok || scanned.error).toMatchObject({
    code: 'invalidRequest',
    option: 'source',
  });
});
