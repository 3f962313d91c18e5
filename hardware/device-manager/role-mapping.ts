import type { LinkState } from '../transport';
import type { RoleName, RoleSpec } from './config';
import type { Discovery } from './discovery';
import { matchesGlob } from './glob';
import type { RoleHealthState } from './health';

/** Where a role's byte link should point. */
export type LinkTarget =
  | {
      readonly kind: 'serial';
      readonly path: string;
      readonly baudRate: number;
    }
  | { readonly kind: 'network'; readonly host: string; readonly port: number }
  | { readonly kind: 'file'; readonly path: string };

export interface HealthVerdict {
  readonly state: RoleHealthState;
  readonly detail: string;
}

/** What one discovery pass means for a role not yet linked. */
export type RoleMapping =
  | { readonly kind: 'link'; readonly target: LinkTarget }
  | ({ readonly kind: 'report' } & HealthVerdict);

export function mapRole(
  role: RoleName,
  spec: RoleSpec,
  discovery: Discovery,
  hidUnavailable: string | undefined,
): RoleMapping {
  switch (spec.kind) {
    case 'network':
      return { kind: 'link', target: spec };
    case 'file':
      return { kind: 'link', target: spec };
    case 'serial': {
      const found = discovery.serial.filter((c) =>
        matchesGlob(c.name, spec.match),
      );
      const only = found[0];
      if (only === undefined) {
        const detail = `no serial device matches ${spec.match}`;
        return { kind: 'report', state: 'missing', detail };
      }
      if (found.length > 1) {
        const names = found.map((c) => c.name).join(', ');
        const detail =
          `${found.length} devices match ${spec.match} (${names}); ` +
          `narrow the ${role} pattern`;
        return { kind: 'report', state: 'error', detail };
      }
      return {
        kind: 'link',
        target: { kind: 'serial', path: only.path, baudRate: spec.baudRate },
      };
    }
    case 'hid': {
      if (hidUnavailable !== undefined) {
        return { kind: 'report', state: 'error', detail: hidUnavailable };
      }
      const id = `${hex(spec.vendorId)}:${hex(spec.productId)}`;
      const device = discovery.hid.find(
        (d) => d.vendorId === spec.vendorId && d.productId === spec.productId,
      );
      return device === undefined
        ? { kind: 'report', state: 'missing', detail: `no HID device ${id}` }
        : {
            kind: 'report',
            state: 'ready',
            detail: `HID ${id} at ${device.path ?? '?'}`,
          };
    }
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}

const hex = (n: number): string => n.toString(16).padStart(4, '0');

const NO_PERMISSION = /EACCES|EPERM|permission denied/i;
const NOT_THERE =
  /ENOENT|ENODEV|not present|no such file|ECONNREFUSED|EHOSTUNREACH/i;

/**
 * Health of a linked role from its link state. A link that has never
 * opened and cannot find its device is `missing`; once it has been open,
 * every loss is `reconnecting`. Permission problems never heal alone.
 */
export function healthFromLink(
  state: LinkState,
  everOpened: boolean,
  description: string,
): HealthVerdict | undefined {
  switch (state.state) {
    case 'open':
      return { state: 'ready', detail: description };
    case 'connecting':
      return { state: 'reconnecting', detail: `opening ${description}` };
    case 'lost':
      if (NO_PERMISSION.test(state.reason)) {
        return {
          state: 'error',
          detail: `${state.reason}; check udev rules and groups`,
        };
      }
      if (!everOpened && NOT_THERE.test(state.reason)) {
        return { state: 'missing', detail: state.reason };
      }
      return { state: 'reconnecting', detail: state.reason };
    case 'closed':
      return undefined;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
