export type { BackoffOptions } from './backoff';
export { DEFAULT_RECONNECT, fullJitterDelay } from './backoff';
export type { FileLinkOptions } from './file-link';
export { FILE_LINK_DEFAULTS, openFileLink } from './file-link';
export type { LinkEventId, LinkLogger } from './link-log';
export { linkEvents, silentLinkLogger } from './link-log';
export type {
  Connector,
  LinkSession,
  OpenAttempt,
  ReconnectOptions,
  SessionEvents,
} from './reconnecting-link';
export { createReconnectingLink } from './reconnecting-link';
export type { Scheduler } from './scheduler';
export { realScheduler } from './scheduler';
export type { SerialLinkOptions } from './serial-link';
export { openSerialLink, SERIAL_LINK_DEFAULTS } from './serial-link';
export type { TcpLinkOptions } from './tcp-link';
export { openTcpLink, TCP_LINK_DEFAULTS } from './tcp-link';
export type {
  ByteLink,
  LinkError,
  LinkErrorCode,
  LinkResult,
  LinkState,
} from './types';
// Test support for any driver's tests: socat pty pairs and a fake clock.
export type { FakeScheduler } from './test-support/fake-scheduler';
export { createFakeScheduler } from './test-support/fake-scheduler';
export type { PtyPair } from './test-support/socat';
export { startPtyPair } from './test-support/socat';
export { readBytes, waitForState } from './test-support/wait-for-state';
