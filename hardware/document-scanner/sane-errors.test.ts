import { expect, test } from 'vitest';
import type { ProcessOutcome } from './run-process';
import { scanErrorFrom, summariseStderr } from './sane-errors';

function outcome(change: Partial<ProcessOutcome>): ProcessOutcome {
  return {
    exitCode: 1,
    signal: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    ...change,
  };
}

test.each([
  ['scanimage: open of device x failed: Device busy', 'busy'],
  ['scanimage: sane_start: Document feeder jammed', 'jammed'],
  ['scanimage: sane_start: Document feeder out of documents', 'noPaper'],
  ['scanimage: sane_read: Scanner cover is open', 'coverOpen'],
  ['scanimage: open of device x failed: Invalid argument', 'noDevice'],
  ['scanimage: no SANE devices found', 'noDevice'],
  ['scanimage: sane_read: Error during device I/O', 'failed'],
])('"%s" is %s', (stderr, code) => {
  expect(scanErrorFrom(outcome({ stderr }), 'x').code).toBe(code);
});

test('the SANE status in the exit code counts when the text is unknown', () => {
  const stderr = 'scanimage: sane_read: Papierstau';

  expect(scanErrorFrom(outcome({ exitCode: 6, stderr }), 'x').code).toBe(
    'jammed',
  );
});

test('a timeout wins over whatever the killed process printed', () => {
  const killed = outcome({ timedOut: true, stderr: 'Device busy' });

  expect(scanErrorFrom(killed, 'x').code).toBe('timeout');
});

test('a refused option names the option', () => {
  const stderr = 'scanimage: setting of option --source failed (Invalid)';

  expect(scanErrorFrom(outcome({ stderr }), 'x')).toMatchObject({
    code: 'invalidRequest',
    option: '--source',
  });
});

test('the summary drops batch progress and keeps the last lines', () => {
  const stderr = [
    'Scanning infinity pages, incrementing by 1, numbering from 1',
    'Scanning page 1',
    'scanimage: sane_read: Error during device I/O',
    'Scanned page 1. (scanner status = 9)',
    'Batch terminated, 1 page scanned',
  ].join('\n');

  expect(summariseStderr(stderr)).toBe(
    'scanimage: sane_read: Error during device I/O',
  );
});
