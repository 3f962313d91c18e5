import type { ProtocolError } from '@motcua/protocol';
import { assign, setup } from 'xstate';
import { requestHelp } from './actors';
import type { HelpContext, HelpEvent, HelpOutcome, HelpOutput } from './types';

const AGENT_UNREACHABLE: ProtocolError = {
  code: 'agent_unreachable',
  message: 'The agent did not answer',
};

/**
 * "Call staff", over whatever the resident was doing: what to do meanwhile,
 * one tap to tell the ward office, and a way back to the same place.
 */
export const helpMachine = setup({
  types: {
    context: {} as HelpContext,
    events: {} as HelpEvent,
    output: {} as HelpOutput,
  },
  actors: { requestHelp },
  guards: {
    isTold: (_, params: { outcome: HelpOutcome }) => params.outcome.ok,
  },
  actions: {
    showError: assign((_, params: { error: ProtocolError }) => ({
      error: params.error,
    })),
    clearError: assign({ error: null }),
    rememberCall: assign({ called: true }),
  },
}).createMachine({
  id: 'help',
  context: { error: null, called: false },
  initial: 'offering',
  states: {
    offering: {
      on: {
        'resident.callStaff': 'calling',
        'resident.closeHelp': 'closed',
      },
    },
    calling: {
      entry: 'clearError',
      invoke: {
        id: 'requestHelp',
        src: 'requestHelp',
        input: { reason: 'callStaff' },
        onDone: [
          {
            guard: {
              type: 'isTold',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'called',
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
    called: {
      entry: 'rememberCall',
      on: { 'resident.closeHelp': 'closed' },
    },
    failed: {
      on: {
        'resident.callStaff': 'calling',
        'resident.closeHelp': 'closed',
      },
    },
    closed: { type: 'final' },
  },
  output: ({ context }) => ({ called: context.called }),
});

export type HelpMachine = typeof helpMachine;
