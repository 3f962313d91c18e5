import type { ProtocolError } from '@motcua/protocol';
import { assign, setup } from 'xstate';
import { lookupDossier } from './actors';
import { formatCodeInput, isCompleteCode } from './code-input';
import type {
  LookupOutcome,
  StatusLookupContext,
  StatusLookupEvent,
  StatusLookupInput,
  StatusLookupOutput,
} from './types';

const AGENT_UNREACHABLE: ProtocolError = {
  code: 'agent_unreachable',
  message: 'The agent did not answer',
};

/** The code is not a whole dossier code; the same code the agent uses. */
export const MALFORMED_CODE: ProtocolError = {
  code: 'invalid_format',
  message: 'must be a dossier code like 000.00.00.H29-261203-0001',
  field: 'code',
};

/**
 * Status of a dossier by its code: scanned from the slip's QR or typed.
 * Ends with where the resident goes next.
 */
export const statusLookupMachine = setup({
  types: {
    context: {} as StatusLookupContext,
    events: {} as StatusLookupEvent,
    input: {} as StatusLookupInput,
    output: {} as StatusLookupOutput,
  },
  actors: { lookupDossier },
  guards: {
    isCodeComplete: ({ context }) => isCompleteCode(context.code),
    isCodeEmpty: ({ context }) => context.code === '',
    isFound: (_, params: { outcome: LookupOutcome }) => params.outcome.ok,
  },
  actions: {
    typeCode: assign((_, params: { text: string }) => ({
      code: formatCodeInput(params.text),
      error: null,
    })),
    showMalformed: assign({ error: MALFORMED_CODE }),
    showError: assign((_, params: { error: ProtocolError }) => ({
      error: params.error,
    })),
    rememberResult: assign((_, params: { outcome: LookupOutcome }) =>
      params.outcome.ok
        ? {
            result: {
              source: params.outcome.source,
              dossier: params.outcome.dossier,
              procedureName: params.outcome.procedureName,
            },
            error: null,
          }
        : {},
    ),
    startAfresh: assign({ code: '', result: null, error: null }),
  },
}).createMachine({
  id: 'statusLookup',
  context: ({ input }) => ({
    code: formatCodeInput(input.code ?? ''),
    result: null,
    error: null,
  }),
  initial: 'checkingCode',
  on: {
    // The slip's QR works on any screen of the flow.
    'dossier.scanned': {
      target: '.checkingCode',
      actions: {
        type: 'typeCode',
        params: ({ event }) => ({ text: event.code }),
      },
    },
  },
  states: {
    entering: {
      on: {
        'resident.typeCode': {
          actions: {
            type: 'typeCode',
            params: ({ event }) => ({ text: event.text }),
          },
        },
        'resident.lookUp': [
          { guard: 'isCodeComplete', target: 'lookingUp' },
          { actions: 'showMalformed' },
        ],
        'resident.back': 'leftForHome',
      },
    },
    // A code that came whole (scanned, or given at the start) is looked
    // up at once.
    checkingCode: {
      always: [
        { guard: 'isCodeComplete', target: 'lookingUp' },
        { guard: 'isCodeEmpty', target: 'entering' },
        { target: 'entering', actions: 'showMalformed' },
      ],
    },
    lookingUp: {
      invoke: {
        id: 'lookupDossier',
        src: 'lookupDossier',
        input: ({ context }) => ({ code: context.code }),
        onDone: [
          {
            guard: {
              type: 'isFound',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'showing',
            actions: {
              type: 'rememberResult',
              params: ({ event }) => ({ outcome: event.output }),
            },
          },
          {
            target: 'entering',
            actions: {
              type: 'showError',
              params: ({ event }) => ({
                error: event.output.ok ? AGENT_UNREACHABLE : event.output.error,
              }),
            },
          },
        ],
        onError: {
          target: 'entering',
          actions: { type: 'showError', params: { error: AGENT_UNREACHABLE } },
        },
      },
    },
    showing: {
      on: {
        'resident.lookUpAnother': {
          target: 'entering',
          actions: 'startAfresh',
        },
        'resident.back': { target: 'entering', actions: 'startAfresh' },
        'resident.finish': 'finished',
      },
    },
    leftForHome: { type: 'final' },
    finished: { type: 'final' },
  },
  output: ({ context }) => ({
    next: context.result === null ? 'home' : 'done',
  }),
});

export type StatusLookupMachine = typeof statusLookupMachine;
