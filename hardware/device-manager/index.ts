export type {
  DeviceConfig,
  HidRoleSpec,
  RoleName,
  RoleSpec,
  SerialRoleSpec,
} from './config';
export { deviceConfigSchema, parseDeviceConfig, ROLE_NAMES } from './config';
export type {
  Discovery,
  DiscoveryOptions,
  NetworkCandidate,
  SerialCandidate,
} from './discovery';
export {
  DEFAULT_BY_ID_DIR,
  discoverDevices,
  listSerialById,
  listSerialPorts,
} from './discovery';
export { matchesGlob } from './glob';
export type { HealthListener, RoleHealth, RoleHealthState } from './health';
export { describeHealth } from './health';
export type { HidDeviceInfo, HidEnumerator } from './hid';
export { loadNodeHid } from './hid';
export type { LinkOpener, LinkOpenerOptions } from './link-opener';
export { defaultLinkOpener } from './link-opener';
export type { DeviceManager, DeviceManagerOptions } from './manager';
export { createDeviceManager, DEVICE_MANAGER_DEFAULTS } from './manager';
export type { RoleLink } from './role-link';
export type { HealthVerdict, LinkTarget, RoleMapping } from './role-mapping';
export { healthFromLink, mapRole } from './role-mapping';
