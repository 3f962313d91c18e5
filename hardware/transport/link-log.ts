import type { Disposition } from '@motcua/protocol';
import { logEvents } from '@motcua/protocol';

/**
 * Log events of the transport layer; their meanings are in the shared
 * catalogue (`protocol/src/logging/events.ts`).
 */
export const linkEvents = {
  'link-opened': logEvents['link-opened'],
  'link-lost': logEvents['link-lost'],
  'link-watchdog-fired': logEvents['link-watchdog-fired'],
  'link-closed': logEvents['link-closed'],
  'device-health-changed': logEvents['device-health-changed'],
  'device-discovery-issue': logEvents['device-discovery-issue'],
} as const;

export type LinkEventId = keyof typeof linkEvents;

/** The part of `Logger` links use; the agent's logger is one. */
export interface LinkLogger {
  log(
    event: LinkEventId,
    disposition: Disposition,
    fields?: Record<string, unknown>,
  ): void;
}

export const silentLinkLogger: LinkLogger = { log() {} };
