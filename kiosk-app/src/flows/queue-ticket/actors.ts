import type { QueueTake } from '@motcua/protocol';
import { fromPromise } from 'xstate';
import type { DaysOutcome, TakeOutcome } from './types';

// Provided by the app (bound to the agent link) or by tests.

export const listDays = fromPromise<DaysOutcome>(() =>
  Promise.reject(new Error('listDays was not provided')),
);

export const takeTicket = fromPromise<TakeOutcome, QueueTake>(() =>
  Promise.reject(new Error('takeTicket was not provided')),
);
