import { fromPromise } from 'xstate';
import type { RatingOutcome, RatingRequest } from './types';

// Provided by the app (bound to the agent link) or by tests; running the
// bare machine without it is a bug.
export const submitRating = fromPromise<RatingOutcome, RatingRequest>(() =>
  Promise.reject(new Error('submitRating was not provided')),
);
