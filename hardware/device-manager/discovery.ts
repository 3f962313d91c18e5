import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import type { DeviceConfig } from './config';
import type { HidDeviceInfo, HidEnumerator } from './hid';

export const DEFAULT_BY_ID_DIR = '/dev/serial/by-id';

export interface SerialCandidate {
  /** The by-id entry, e.g. `usb-EPSON_TM-T88VI_…-if00-port0`. */
  readonly name: string;
  /** The stable path to open. */
  readonly path: string;
}

export interface NetworkCandidate {
  readonly host: string;
  readonly port: number;
}

export interface Discovery {
  readonly serial: readonly SerialCandidate[];
  readonly hid: readonly HidDeviceInfo[];
  readonly network: readonly NetworkCandidate[];
  /** Ports serialport itself lists (needs udev); empty where it cannot. */
  readonly systemPorts: readonly string[];
  /** What could not be looked at, for the technician; never fatal. */
  readonly issues: readonly string[];
}

export interface DiscoveryOptions {
  readonly byIdDir?: string;
  /** A result of `loadNodeHid()`: the enumerator or why it failed to load. */
  readonly hid?: HidEnumerator | { readonly unavailable: string };
  readonly config?: DeviceConfig;
  /** serialport's listing; injectable because it spawns `udevadm`. */
  readonly listPorts?: typeof listSerialPorts;
}

/**
 * Serial devices by their stable by-id names. No folder means no USB
 * serial device is plugged in (udev creates it on the first one).
 */
export async function listSerialById(dir: string): Promise<SerialCandidate[]> {
  try {
    const names = await readdir(dir);
    return names.sort().map((name) => ({ name, path: join(dir, name) }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * serialport's own listing: it needs `udevadm` and rejects without it
 * (containers), so failure becomes an issue. Only used for the report;
 * roles are matched on by-id names, which it also reports as `pnpId`.
 */
export async function listSerialPorts(): Promise<
  { ports: string[] } | { issue: string }
> {
  try {
    return { ports: (await SerialPort.list()).map((port) => port.path) };
  } catch (error) {
    return { issue: `serial port listing failed: ${(error as Error).message}` };
  }
}

export async function discoverDevices(
  options: DiscoveryOptions = {},
): Promise<Discovery> {
  const issues: string[] = [];
  const dir = options.byIdDir ?? DEFAULT_BY_ID_DIR;

  let serial: SerialCandidate[] = [];
  try {
    serial = await listSerialById(dir);
  } catch (error) {
    issues.push(`cannot read ${dir}: ${(error as Error).message}`);
  }

  let hid: readonly HidDeviceInfo[] = [];
  if (options.hid !== undefined && 'unavailable' in options.hid) {
    issues.push(options.hid.unavailable);
  } else if (options.hid !== undefined) {
    try {
      hid = await options.hid.devices();
    } catch (error) {
      issues.push(`HID enumeration failed: ${(error as Error).message}`);
    }
  }

  const network: NetworkCandidate[] = [];
  for (const spec of Object.values(options.config?.roles ?? {})) {
    if (spec?.kind === 'network')
      network.push({ host: spec.host, port: spec.port });
  }

  const listed = await (options.listPorts ?? listSerialPorts)();
  const systemPorts = 'ports' in listed ? listed.ports : [];
  if ('issue' in listed) issues.push(listed.issue);

  return { serial, hid, network, systemPorts, issues };
}
