import { readFileSync } from 'node:fs';
import type { DeviceConfig } from '@motcua/hardware/device-manager';
import { parseDeviceConfig } from '@motcua/hardware/device-manager';
import type { ProtocolError, Result } from '@motcua/protocol';
import { err, protocolError } from '@motcua/protocol';

/**
 * Reads the technician's device-config file (`MOTCUA_DEVICES`). A file
 * that cannot be read, is not JSON or has a bad value is an error naming
 * the file and, where there is one, the field.
 */
export function readDeviceConfigFile(
  path: string,
): Result<DeviceConfig, ProtocolError> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return err(
      protocolError(
        'device_config_unreadable',
        `device config ${path} cannot be read (${reason})`,
      ),
    );
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err(
      protocolError(
        'device_config_invalid',
        `device config ${path} is not JSON: ${(error as Error).message}`,
      ),
    );
  }

  const parsed = parseDeviceConfig(raw);
  if (parsed.ok) return parsed;
  return err(
    protocolError(
      parsed.error.code,
      `device config ${path}: ${parsed.error.message}`,
      parsed.error.field,
    ),
  );
}
