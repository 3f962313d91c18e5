import { fromPromise } from 'xstate';
import type { CatalogOutcome, SubmitInput, SubmitOutcome } from './types';

// The machine names its actors here and the app provides the real ones,
// bound to the agent link (see `agent/flow-implementations.ts`); tests
// provide stubs. Running the bare machine without them is a bug.

export const loadCatalog = fromPromise<CatalogOutcome>(() =>
  Promise.reject(new Error('loadCatalog was not provided')),
);

export const submitDossier = fromPromise<SubmitOutcome, SubmitInput>(() =>
  Promise.reject(new Error('submitDossier was not provided')),
);
