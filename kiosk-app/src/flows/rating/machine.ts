import type { ProtocolError } from '@motcua/protocol';
import { assign, setup } from 'xstate';
import { submitRating } from './actors';
import { RATING_DELAYS } from './delays';
import type {
  RatingContext,
  RatingEvent,
  RatingInput,
  RatingOutcome,
  RatingOutput,
  RatingRequest,
  RatingScore,
} from './types';

const AGENT_UNREACHABLE: ProtocolError = {
  code: 'agent_unreachable',
  message: 'The agent did not answer',
};

function requestOf(context: RatingContext): RatingRequest {
  if (context.score === null) throw new Error('sending without a score');
  return {
    score: context.score,
    ...(context.dossierCode === undefined
      ? {}
      : { dossierCode: context.dossierCode }),
    ...(context.procedureId === undefined
      ? {}
      : { procedureId: context.procedureId }),
  };
}

/**
 * Five faces, optional: after the slip (about that dossier) or on its own
 * from the home menu. Ends with whether a score was kept.
 */
export const ratingMachine = setup({
  types: {
    context: {} as RatingContext,
    events: {} as RatingEvent,
    input: {} as RatingInput,
    output: {} as RatingOutput,
  },
  actors: { submitRating },
  delays: RATING_DELAYS,
  guards: {
    isStored: (_, params: { outcome: RatingOutcome }) => params.outcome.ok,
  },
  actions: {
    chooseScore: assign((_, params: { score: RatingScore }) => ({
      score: params.score,
      error: null,
    })),
    showError: assign((_, params: { error: ProtocolError }) => ({
      error: params.error,
    })),
    clearError: assign({ error: null }),
  },
}).createMachine({
  id: 'rating',
  context: ({ input }) => ({
    ...input,
    score: null,
    error: null,
  }),
  initial: 'choosing',
  states: {
    choosing: {
      on: {
        'resident.rate': {
          target: 'sending',
          actions: {
            type: 'chooseScore',
            params: ({ event }) => ({ score: event.score }),
          },
        },
        'resident.skip': 'skipped',
      },
    },
    sending: {
      entry: 'clearError',
      invoke: {
        id: 'submitRating',
        src: 'submitRating',
        input: ({ context }) => requestOf(context),
        onDone: [
          {
            guard: {
              type: 'isStored',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'thanking',
          },
          {
            target: 'failed',
            actions: {
              type: 'showError',
              params: ({ event }) => ({
                error: event.output.ok ? AGENT_UNREACHABLE : event.output.error,
              }),
            },
          },
        ],
        onError: {
          target: 'failed',
          actions: { type: 'showError', params: { error: AGENT_UNREACHABLE } },
        },
      },
    },
    failed: {
      on: {
        'resident.retry': 'sending',
        'resident.skip': 'skipped',
        'resident.rate': {
          target: 'sending',
          actions: {
            type: 'chooseScore',
            params: ({ event }) => ({ score: event.score }),
          },
        },
      },
    },
    thanking: {
      after: { RATING_THANKS: 'rated' },
      on: { 'resident.finish': 'rated' },
    },
    rated: { type: 'final' },
    skipped: { type: 'final' },
  },
  output: ({ context }) => ({
    rated: context.score !== null && context.error === null,
  }),
});

export type RatingMachine = typeof ratingMachine;
