import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { RunOptions } from './run-process';
import { runProcess } from './run-process';
import { scanErrorFrom } from './sane-errors';
import type { ScanError, ScannerDevice } from './types';

// The unit separator cannot appear in a device name, vendor or model.
const separator = '\u001f';
const deviceFormat = ['%d', '%v', '%m', '%t'].join(separator) + '%n';

/** Parses the output of `scanimage --formatted-device-list` with our format. */
export function parseDeviceList(stdout: string): ScannerDevice[] {
  const devices: ScannerDevice[] = [];
  for (const line of stdout.split('\n')) {
    const [name, vendor = '', model = '', type = ''] = line.split(separator);
    if (name === undefined || name.trim() === '') continue;
    devices.push({ name, vendor, model, type });
  }
  return devices;
}

/** Asks SANE for every scanner it can reach; none found is an empty list. */
export async function listDevices(
  command: string,
  options: RunOptions,
): Promise<Result<ScannerDevice[], ScanError>> {
  const outcome = await runProcess(
    command,
    [`--formatted-device-list=${deviceFormat}`],
    options,
  );
  if (outcome.timedOut || outcome.exitCode !== 0) {
    return err(scanErrorFrom(outcome, 'scanner list'));
  }
  return ok(parseDeviceList(outcome.stdout));
}
