import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scan } from '@motcua/hardware/barcode-scanner';
import { parseDeviceConfig } from '@motcua/hardware/device-manager';
import type { ByteLink, PtyPair } from '@motcua/hardware/transport';
import {
  openSerialLink,
  startPtyPair,
  waitForState,
} from '@motcua/hardware/transport';
import { err } from '@motcua/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManagedDevices } from './managed-devices';
import { openManagedDevices } from './managed-devices';

const FAST = { reconnect: { baseMs: 20, capMs: 100 }, watchdogMs: 50 };
let pair: PtyPair;
let byIdDir: string;
let scannerEnd: ByteLink;
let devices: ManagedDevices | undefined;

beforeEach(async () => {
  pair = await startPtyPair();
  byIdDir = mkdtempSync(join(tmpdir(), 'motcua-by-id-'));
  symlinkSync(pair.devicePath, join(byIdDir, 'usb-Honeywell_Xenon-if00'));
  scannerEnd = openSerialLink({ path: pair.hostPath, baudRate: 9600, ...FAST });
  await waitForState(scannerEnd, 'open');
});

afterEach(async () => {
  await devices?.close();
  devices = undefined;
  await scannerEnd.close();
  await pair.dispose();
  rmSync(byIdDir, { recursive: true, force: true });
});

async function open(): Promise<ManagedDevices> {
  const config = parseDeviceConfig({
    roles: {
      printer: { kind: 'serial', match: 'usb-EPSON*' },
      scanner: { kind: 'serial', match: 'usb-Honeywell*', baudRate: 9600 },
    },
  });
  if (!config.ok) throw new Error(config.error.message);
  devices = await openManagedDevices({
    config: config.value,
    framing: { suffix: '\r\n' },
    printerTimeoutMs: 200,
    byIdDir,
    manager: {
      ...FAST,
      loadHid: async () => err('no libusb here'),
      listPorts: async () => ({ ports: [] }),
    },
  });
  return devices;
}

describe('devices from the device config', () => {
  it('starts with the found scanner open and reading codes', async () => {
    const { scanner } = await open();
    if (scanner === undefined) throw new Error('no scanner role');
    expect(scanner.driver).toBe('serial');
    expect(scanner.health()).toEqual({
      role: 'scanner',
      driver: 'serial',
      state: 'ready',
    });

    const scan = new Promise<Scan>((resolve) =>
      scanner.scanner.onScan(resolve),
    );
    await scannerEnd.write(new TextEncoder().encode(']Q1079090001234\r\n'));
    expect(await scan).toEqual({ data: '079090001234', symbology: ']Q1' });
  });

  it('answers disconnected for a printer role with no device plugged in', async () => {
    const { printer, manager } = await open();
    if (printer === undefined) throw new Error('no printer role');
    expect(manager.health().find((h) => h.role === 'printer')?.state).toBe(
      'missing',
    );
    const status = await printer.printer.status();
    expect(!status.ok && status.error.code).toBe('disconnected');
  });

  it('reports the scanner disconnected once it is unplugged', async () => {
    const { scanner, manager } = await open();
    const gone = new Promise<void>((resolve) =>
      manager.onHealth((h) => {
        if (h.role === 'scanner' && h.state === 'reconnecting') resolve();
      }),
    );
    await pair.stop();
    await gone;
    expect(scanner?.health().state).toBe('disconnected');
  });
});
