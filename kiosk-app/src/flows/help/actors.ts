import { fromPromise } from 'xstate';
import type { HelpOutcome, HelpReason } from './types';

// Provided by the app (bound to the agent link) or by tests.
export const requestHelp = fromPromise<HelpOutcome, { reason: HelpReason }>(
  () => Promise.reject(new Error('requestHelp was not provided')),
);
