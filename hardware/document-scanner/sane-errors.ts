import type { ProcessOutcome } from './run-process';
import type { PlainScanErrorCode, ScanError } from './types';
import { invalidRequest, scanError } from './types';

/**
 * scanimage exits with the SANE status of the failed call, so the code
 * holds even when a backend words its message differently.
 */
const saneStatusCodes: Readonly<Record<number, PlainScanErrorCode>> = {
  3: 'busy', // SANE_STATUS_DEVICE_BUSY
  6: 'jammed', // SANE_STATUS_JAMMED
  7: 'noPaper', // SANE_STATUS_NO_DOCS
  8: 'coverOpen', // SANE_STATUS_COVER_OPEN
};

// The texts of sane_strstatus(); the driver runs scanimage with LC_ALL=C.
const statusTexts: readonly [RegExp, PlainScanErrorCode, string][] = [
  [/Device busy/i, 'busy', 'the scanner is busy with another job'],
  [/Document feeder jammed/i, 'jammed', 'paper is jammed in the feeder'],
  [/out of documents/i, 'noPaper', 'the document feeder is empty'],
  [/cover is open/i, 'coverOpen', 'the scanner cover is open'],
];

const progressLine =
  /^(Scanning|Scanned|Batch terminated|Output format is not set)/;

/** The last meaningful lines of stderr, short enough for a log line. */
export function summariseStderr(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !progressLine.test(line));
  return lines.slice(-3).join(' | ').slice(0, 300);
}

/** Explains why a scanimage run failed, as one coded error. */
export function scanErrorFrom(
  outcome: ProcessOutcome,
  device: string,
): ScanError {
  const detail = summariseStderr(outcome.stderr);

  if (outcome.timedOut) {
    return scanError('timeout', `${device} did not finish in time`);
  }
  if (outcome.startError !== undefined) {
    return {
      code: 'failed',
      message: `scanimage could not be started: ${outcome.startError}`,
      exitCode: null,
      detail,
    };
  }

  for (const [pattern, code, meaning] of statusTexts) {
    if (pattern.test(outcome.stderr)) {
      return scanError(code, `${device}: ${meaning}`);
    }
  }
  const byExit = saneStatusCodes[outcome.exitCode ?? -1];
  if (byExit !== undefined) {
    return scanError(byExit, `${device}: ${detail}`);
  }

  const refused = /setting of option (--?[\w-]+) failed/.exec(outcome.stderr);
  if (refused?.[1] !== undefined) {
    return invalidRequest(refused[1], `${device} refused ${refused[1]}`);
  }
  if (/open of device .* failed|no SANE devices found/i.test(outcome.stderr)) {
    return scanError('noDevice', `${device} could not be opened`);
  }

  return {
    code: 'failed',
    message: `scanimage failed on ${device}`,
    exitCode: outcome.exitCode,
    detail,
  };
}
