import { expect, test } from 'vitest';
import { parseDeviceConfig } from './config';

test('accepts every supported role kind and fills in defaults', () => {
  const printer = parseDeviceConfig({
    roles: { printer: { kind: 'network', host: '10.0.0.5' } },
  });
  expect(printer).toEqual({
    ok: true,
    value: {
      roles: { printer: { kind: 'network', host: '10.0.0.5', port: 9100 } },
    },
  });

  const scanner = parseDeviceConfig({
    roles: {
      printer: { kind: 'file', path: '/dev/usb/lp0' },
      scanner: { kind: 'hid', vendorId: 0x05e0, productId: 0x1200 },
    },
  });
  expect(scanner.ok).toBe(true);
  expect(parseDeviceConfig({ roles: {} }).ok).toBe(true);
});

test.each([
  [
    { roles: { printer: { kind: 'usb' } } },
    'roles.printer.kind',
    'kind must be one of serial, network, file',
  ],
  [
    { roles: { scanner: { kind: 'network', host: 'x', port: 9100 } } },
    'roles.scanner.kind',
    'kind must be one of serial, hid',
  ],
  [
    { roles: { printer: { kind: 'network', host: 'p', port: 70_000 } } },
    'roles.printer.port',
    'port must be between 1 and 65535',
  ],
  [
    { roles: { scanner: { kind: 'serial', match: '/dev/ttyUSB0' } } },
    'roles.scanner.match',
    'match is a file name pattern inside the by-id folder, not a path',
  ],
  [
    { roles: { scanner: { kind: 'hid', vendorId: 0x1_0000, productId: 1 } } },
    'roles.scanner.vendorId',
    'vendorId must be between 0 and 0xFFFF',
  ],
  [
    { roles: { printer: { kind: 'file', path: 'lp0' } } },
    'roles.printer.path',
    'path must be absolute, like /dev/usb/lp0',
  ],
  [{ roles: { drawer: { kind: 'file', path: '/x' } } }, 'roles', undefined],
])('refuses %j naming the field %s', (input, field, message) => {
  const result = parseDeviceConfig(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('device_config_invalid');
  expect(result.error.field).toBe(field);
  if (message !== undefined) {
    expect(result.error.message).toBe(`${field}: ${message}`);
  }
});
