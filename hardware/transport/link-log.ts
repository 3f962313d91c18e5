import type { Disposition } from '@motcua/protocol';

/**
 * Log events of the transport layer, each with its meaning for the person
 * on call.
 *
 * TODO(protocol catalogue): these ids belong in the shared catalogue in
 * `protocol/src/logging/events.ts`, which this folder does not own; until
 * they move, links take this narrower logger instead of `Logger`.
 */
export const linkEvents = {
  'link-opened': 'A device link opened; bytes can flow.',
  'link-lost': 'A device link dropped; it will try again after retryInMs.',
  'link-watchdog-fired':
    'The watchdog found a serial device gone without a close event.',
  'link-closed': 'A device link was closed on purpose and stops retrying.',
  'device-health-changed':
    'A device role (printer, scanner) changed health; detail says why.',
  'device-discovery-issue':
    'Part of device discovery could not run (no udev, node-hid missing).',
} as const;

export type LinkEventId = keyof typeof linkEvents;

export interface LinkLogger {
  log(
    event: LinkEventId,
    disposition: Disposition,
    fields?: Record<string, unknown>,
  ): void;
}

export const silentLinkLogger: LinkLogger = { log() {} };
