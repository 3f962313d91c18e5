import type { RoleName } from './config';

/**
 * - `ready`: the role's device is open (or, for HID, enumerated).
 * - `reconnecting`: it was found but is not open right now; the link is
 *   retrying on its own.
 * - `missing`: nothing matches the role's configuration.
 * - `error`: it will not fix itself: ambiguous match, no permission,
 *   node-hid unavailable. A technician has to act.
 */
export type RoleHealthState = 'ready' | 'reconnecting' | 'missing' | 'error';

export type RoleHealth = {
  readonly [S in RoleHealthState]: {
    readonly role: RoleName;
    readonly state: S;
    /** One line for the technician: the path, the reason, the fix. */
    readonly detail: string;
    /** ISO time the role entered this state. */
    readonly since: string;
  };
}[RoleHealthState];

export type HealthListener = (health: RoleHealth) => void;

/** Plain words for the technician screen; ends in an exhaustiveness check. */
export function describeHealth(health: RoleHealth): string {
  switch (health.state) {
    case 'ready':
      return `${health.role} ready (${health.detail})`;
    case 'reconnecting':
      return `${health.role} reconnecting: ${health.detail}`;
    case 'missing':
      return `${health.role} not found: ${health.detail}`;
    case 'error':
      return `${health.role} needs attention: ${health.detail}`;
    default: {
      const unreachable: never = health;
      return unreachable;
    }
  }
}
