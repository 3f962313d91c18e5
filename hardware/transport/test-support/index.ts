export type { PtyPair } from './socat';
export { startPtyPair } from './socat';
export { readBytes, waitForState } from './wait-for-state';
export type { FakeScheduler } from './fake-scheduler';
export { createFakeScheduler } from './fake-scheduler';
