export { startCentral, DEFAULT_PORT } from './server';
export type { CentralOptions, RunningCentral } from './server';
export { DEV_KIOSK } from './kiosk/auth';
export type { KioskCredential } from './context';
export type {
  DashboardSnapshot,
  DossierView,
  KioskView,
  StaffEvents,
} from './views';
