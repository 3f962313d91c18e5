import type { ProtocolError } from '@motcua/protocol';
import { assign, fromPromise, setup } from 'xstate';
import {
  heldFrom,
  isRequirement,
  missingOf,
  withKept,
  withRemoved,
  withScanStarted,
} from './actions';
import type {
  AttachEvent,
  AttachmentsContext,
  AttachmentsInput,
  AttachmentsOutput,
  ScanOutcome,
} from './types';

const UNREACHABLE: ProtocolError = {
  code: 'agent_unreachable',
  message: 'The agent did not answer',
};

/** Provided by the app (see `agent/flow-implementations.ts`). */
export const scanDocument = fromPromise<
  ScanOutcome,
  { readonly requirementId: string }
>(() => Promise.reject(new Error('scanDocument was not provided')));

/**
 * The documents step: scan each document the procedure asks for, look at
 * it, retake or remove it; a blank-looking page asks "keep or retake?".
 * Ends with the scans kept and where the resident wants to go.
 */
export const attachmentsMachine = setup({
  types: {
    context: {} as AttachmentsContext,
    events: {} as AttachEvent,
    input: {} as AttachmentsInput,
    output: {} as AttachmentsOutput,
  },
  actors: { scanDocument },
  guards: {
    isRequirement: ({ context }, params: { requirementId: string }) =>
      isRequirement(context, params.requirementId),
    isPending: ({ context }, params: { requirementId: string }) =>
      context.pending?.requirementId === params.requirementId,
    hasRequiredDocuments: ({ context }) => missingOf(context).length === 0,
    looksBlank: (_, params: { outcome: ScanOutcome }) =>
      params.outcome.ok && params.outcome.attachment.blank,
    isScanned: (_, params: { outcome: ScanOutcome }) => params.outcome.ok,
  },
  actions: {
    startScan: assign(({ context }, params: { requirementId: string }) =>
      withScanStarted(context, params.requirementId),
    ),
    keepScan: assign(({ context }, params: { outcome: ScanOutcome }) => {
      const held = heldFrom(params.outcome);
      return held === null ? context : withKept(context, held);
    }),
    holdBlankScan: assign(({ context }, params: { outcome: ScanOutcome }) => ({
      ...context,
      pending: heldFrom(params.outcome),
    })),
    keepPending: assign(({ context }) =>
      context.pending === null ? context : withKept(context, context.pending),
    ),
    showProblem: assign(({ context }, params: { error: ProtocolError }) => ({
      ...context,
      problem: { requirementId: context.scanning ?? '', error: params.error },
      scanning: null,
    })),
    remove: assign(({ context }, params: { requirementId: string }) =>
      withRemoved(context, params.requirementId),
    ),
    flagMissing: assign(({ context }) => ({
      ...context,
      missing: missingOf(context),
    })),
    goBack: assign({ direction: 'back' as const }),
  },
}).createMachine({
  id: 'attachments',
  context: ({ input }) => ({
    requirements: input.requirements,
    held: input.held,
    scanning: null,
    pending: null,
    problem: null,
    missing: [],
    direction: 'next',
  }),
  initial: 'choosing',
  states: {
    choosing: {
      on: {
        'attach.scan': {
          guard: {
            type: 'isRequirement',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
          target: 'scanning',
          actions: {
            type: 'startScan',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
        },
        'attach.retake': {
          guard: {
            type: 'isRequirement',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
          target: 'scanning',
          actions: {
            type: 'startScan',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
        },
        'attach.remove': {
          actions: {
            type: 'remove',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
        },
        'attach.next': [
          { guard: 'hasRequiredDocuments', target: 'finished' },
          { actions: 'flagMissing' },
        ],
        'attach.back': { target: 'finished', actions: 'goBack' },
      },
    },

    scanning: {
      invoke: {
        id: 'scanDocument',
        src: 'scanDocument',
        input: ({ context }) => ({ requirementId: context.scanning ?? '' }),
        onDone: [
          {
            guard: {
              type: 'looksBlank',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'confirmingBlank',
            actions: {
              type: 'holdBlankScan',
              params: ({ event }) => ({ outcome: event.output }),
            },
          },
          {
            guard: {
              type: 'isScanned',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'choosing',
            actions: {
              type: 'keepScan',
              params: ({ event }) => ({ outcome: event.output }),
            },
          },
          {
            target: 'choosing',
            actions: {
              type: 'showProblem',
              params: ({ event }) => ({
                error: event.output.ok ? UNREACHABLE : event.output.error,
              }),
            },
          },
        ],
        onError: {
          target: 'choosing',
          actions: { type: 'showProblem', params: { error: UNREACHABLE } },
        },
      },
    },

    confirmingBlank: {
      on: {
        'attach.keep': {
          guard: {
            type: 'isPending',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
          target: 'choosing',
          actions: 'keepPending',
        },
        'attach.retake': {
          guard: {
            type: 'isPending',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
          target: 'scanning',
          actions: {
            type: 'startScan',
            params: ({ event }) => ({ requirementId: event.requirementId }),
          },
        },
      },
    },

    finished: { type: 'final' },
  },
  output: ({ context }) => ({
    direction: context.direction,
    held: context.held,
  }),
});

export type AttachmentsMachine = typeof attachmentsMachine;
