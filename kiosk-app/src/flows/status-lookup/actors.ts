import { fromPromise } from 'xstate';
import type { LookupOutcome } from './types';

// Provided by the app (bound to the agent link) or by tests.
export const lookupDossier = fromPromise<LookupOutcome, { code: string }>(() =>
  Promise.reject(new Error('lookupDossier was not provided')),
);
