// Browser-safe entry (`@motcua/hardware/wedge`): no Node imports below.
export type {
  WedgeBurstDetector,
  WedgeKey,
  WedgeOutput,
  WedgeThresholds,
} from './burst';
export { createWedgeBurstDetector, wedgeDefaults } from './burst';
export type { WedgeDetector, WedgeDetectorOptions } from './detector';
export { createWedgeDetector } from './detector';
export type { ManualScheduler, Scheduler } from '../scheduler';
export { createManualScheduler } from '../scheduler';
