import type { ProtocolError, Result } from '@motcua/protocol';
import { err, ok, protocolError } from '@motcua/protocol';
import { z } from './zod';

const glob = z
  .string()
  .min(1, 'match must name at least one character of a by-id entry')
  .max(200, 'match is longer than any by-id entry')
  .refine((value) => !value.includes('/'), {
    message: 'match is a file name pattern inside the by-id folder, not a path',
  });

const usbId = (what: string) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(0, `${what} must be between 0 and 0xFFFF`)
    .max(0xffff, `${what} must be between 0 and 0xFFFF`);

const serialRole = z.strictObject({
  kind: z.literal('serial'),
  match: glob,
  baudRate: z
    .number()
    .int('baudRate must be a whole number')
    .min(300, 'baudRate must be at least 300')
    .max(4_000_000, 'baudRate must be at most 4000000')
    .default(115_200),
});

const networkRole = z.strictObject({
  kind: z.literal('network'),
  host: z.string().min(1, 'host must not be empty').max(253),
  port: z
    .number()
    .int('port must be a whole number')
    .min(1, 'port must be between 1 and 65535')
    .max(65_535, 'port must be between 1 and 65535')
    .default(9100),
});

const fileRole = z.strictObject({
  kind: z.literal('file'),
  path: z.string().startsWith('/', 'path must be absolute, like /dev/usb/lp0'),
});

const hidRole = z.strictObject({
  kind: z.literal('hid'),
  vendorId: usbId('vendorId'),
  productId: usbId('productId'),
});

const kindError = (kinds: string) => ({
  error: `kind must be one of ${kinds}`,
});

export const deviceConfigSchema = z.strictObject({
  roles: z.strictObject({
    printer: z
      .discriminatedUnion(
        'kind',
        [serialRole, networkRole, fileRole],
        kindError('serial, network, file'),
      )
      .optional(),
    scanner: z
      .discriminatedUnion(
        'kind',
        [serialRole, hidRole],
        kindError('serial, hid'),
      )
      .optional(),
  }),
});

export type DeviceConfig = z.infer<typeof deviceConfigSchema>;
export type RoleName = keyof DeviceConfig['roles'];
export type RoleSpec = NonNullable<DeviceConfig['roles'][RoleName]>;
export type SerialRoleSpec = Extract<RoleSpec, { kind: 'serial' }>;
export type HidRoleSpec = Extract<RoleSpec, { kind: 'hid' }>;

export const ROLE_NAMES: readonly RoleName[] = ['printer', 'scanner'];

/**
 * Checks device configuration as a technician or central wrote it. The
 * error names the first bad field (`roles.printer.port`) and says what a
 * good value looks like.
 */
export function parseDeviceConfig(
  input: unknown,
): Result<DeviceConfig, ProtocolError> {
  const parsed = deviceConfigSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);

  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue?.message ?? 'device configuration is not valid';
  return err(
    protocolError(
      'device_config_invalid',
      field === '' ? message : `${field}: ${message}`,
      field === '' ? undefined : field,
    ),
  );
}
