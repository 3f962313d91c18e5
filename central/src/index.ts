export { startCentral, DEFAULT_PORT } from './server';
export type { CentralOptions, RunningCentral } from './server';
export type { Fleet } from './fleet/fleet';
export type { IssuedToken, KioskSlotInput } from './fleet/tokens';
export type { CommandRecord, CommandStatus } from './store/types';
export type { KioskEventView } from './context';
export type {
  DashboardSnapshot,
  DossierView,
  KioskHealth,
  KioskView,
  StaffEvents,
} from './views';
export type { StaffSeed } from './auth/seed';
export type { StaffRole } from './store/types';
