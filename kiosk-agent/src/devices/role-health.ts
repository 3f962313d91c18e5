import type { RoleHealth } from '@motcua/hardware/device-manager';
import type { DeviceHealth } from '@motcua/protocol';

/**
 * A device-manager role's health as the heartbeat states it. Missing and
 * reconnecting both mean the kiosk cannot use the device right now; only
 * `error` needs a technician. No report yet: the role has not been looked
 * for, so it is not usable either.
 */
export function heartbeatState(
  health: RoleHealth | undefined,
): DeviceHealth['state'] {
  if (health === undefined) return 'disconnected';
  switch (health.state) {
    case 'ready':
      return 'ready';
    case 'reconnecting':
    case 'missing':
      return 'disconnected';
    case 'error':
      return 'error';
    default: {
      const unreachable: never = health;
      return unreachable;
    }
  }
}
