import type { HelpRequest, ProtocolError } from '@motcua/protocol';

export interface HelpContext {
  readonly error: ProtocolError | null;
  /** Staff were told at least once while help was open. */
  readonly called: boolean;
}

export type HelpEvent =
  { type: 'resident.callStaff' } | { type: 'resident.closeHelp' };

/** What `requestHelp` resolves to: a failure is a value, not a throw. */
export type HelpOutcome =
  { readonly ok: true } | { readonly ok: false; readonly error: ProtocolError };

export type HelpReason = HelpRequest['reason'];

export interface HelpOutput {
  /** Whether staff were told (the agent took the request). */
  readonly called: boolean;
}
