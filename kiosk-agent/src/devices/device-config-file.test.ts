import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeviceConfigFile } from './device-config-file';

const folder = mkdtempSync(join(tmpdir(), 'motcua-devices-'));

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('reading the device-config file', () => {
  it('accepts a serial printer and a HID scanner', () => {
    const path = file(
      'good.json',
      JSON.stringify({
        roles: {
          printer: { kind: 'serial', match: 'usb-EPSON*' },
          scanner: { kind: 'hid', vendorId: 0x0c2e, productId: 0x0b61 },
        },
      }),
    );
    const read = readDeviceConfigFile(path);
    expect(read.ok && read.value.roles.printer).toEqual({
      kind: 'serial',
      match: 'usb-EPSON*',
      baudRate: 115_200,
    });
  });

  it('names the bad field and the file', () => {
    const path = file(
      'bad-port.json',
      JSON.stringify({
        roles: { printer: { kind: 'network', host: 'p', port: 70_000 } },
      }),
    );
    const read = readDeviceConfigFile(path);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('device_config_invalid');
    expect(read.error.field).toBe('roles.printer.port');
    expect(read.error.message).toContain(path);
    expect(read.error.message).toContain('roles.printer.port');
  });

  it('refuses a file that is not JSON', () => {
    const read = readDeviceConfigFile(file('broken.json', '{ roles: '));
    expect(!read.ok && read.error.code).toBe('device_config_invalid');
  });

  it('refuses a file that does not exist', () => {
    const read = readDeviceConfigFile(join(folder, 'absent.json'));
    expect(!read.ok && read.error.message).toContain('ENOENT');
  });
});
