import type { ProtocolError, QueueTake } from '@motcua/protocol';
import { assign, setup } from 'xstate';
import { listDays, takeTicket } from './actors';
import type {
  DaysOutcome,
  QueueTicketContext,
  QueueTicketEvent,
  QueueTicketInput,
  QueueTicketOutput,
  TakeOutcome,
  TicketKind,
} from './types';

const AGENT_UNREACHABLE: ProtocolError = {
  code: 'agent_unreachable',
  message: 'The agent did not answer',
};

function takeOf(context: QueueTicketContext): QueueTake {
  const { language } = context;
  if (context.kind !== 'appointment') return { kind: 'walkIn', language };
  if (context.date === null || context.time === null) {
    throw new Error('booking without a date and time');
  }
  return {
    kind: 'appointment',
    language,
    date: context.date,
    time: context.time,
  };
}

function errorOf(outcome: { ok: boolean; error?: ProtocolError }) {
  return { error: outcome.error ?? AGENT_UNREACHABLE };
}

/**
 * A number for the ward office's queue now, or an appointment on one of
 * the next working days; the ticket is printed and shown on screen.
 */
export const queueTicketMachine = setup({
  types: {
    context: {} as QueueTicketContext,
    events: {} as QueueTicketEvent,
    input: {} as QueueTicketInput,
    output: {} as QueueTicketOutput,
  },
  actors: { listDays, takeTicket },
  guards: {
    isListed: (_, params: { outcome: DaysOutcome }) => params.outcome.ok,
    isTaken: (_, params: { outcome: TakeOutcome }) => params.outcome.ok,
    isOpenDate: ({ context }, params: { date: string }) =>
      context.days.some(
        (day) => day.date === params.date && day.state === 'open',
      ),
    isFreeTime: ({ context }, params: { time: string }) =>
      context.days.some(
        (day) =>
          day.date === context.date &&
          day.slots.some((slot) => slot.time === params.time && slot.free > 0),
      ),
    isSlotTaken: ({ context }) => context.error?.code === 'slot_full',
  },
  actions: {
    chooseKind: assign((_, params: { kind: TicketKind }) => ({
      kind: params.kind,
      error: null,
    })),
    rememberDays: assign((_, params: { outcome: DaysOutcome }) =>
      params.outcome.ok ? { days: params.outcome.days } : {},
    ),
    chooseDate: assign((_, params: { date: string }) => ({
      date: params.date,
      time: null,
      error: null,
    })),
    chooseTime: assign((_, params: { time: string }) => ({
      time: params.time,
      error: null,
    })),
    rememberTicket: assign((_, params: { outcome: TakeOutcome }) =>
      params.outcome.ok
        ? { ticket: params.outcome.ticket, print: params.outcome.print }
        : {},
    ),
    showError: assign((_, params: { error: ProtocolError }) => ({
      error: params.error,
    })),
    clearError: assign({ error: null }),
  },
}).createMachine({
  id: 'queueTicket',
  context: ({ input }) => ({
    language: input.language,
    kind: null,
    days: [],
    date: null,
    time: null,
    ticket: null,
    print: null,
    error: null,
  }),
  initial: 'choosingKind',
  states: {
    choosingKind: {
      on: {
        'resident.walkIn': {
          target: 'taking',
          actions: { type: 'chooseKind', params: { kind: 'walkIn' } },
        },
        'resident.appointment': {
          target: 'loadingDays',
          actions: { type: 'chooseKind', params: { kind: 'appointment' } },
        },
        'resident.back': 'leftForHome',
      },
    },
    loadingDays: {
      invoke: {
        id: 'listDays',
        src: 'listDays',
        onDone: [
          {
            guard: {
              type: 'isListed',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'choosingDate',
            actions: {
              type: 'rememberDays',
              params: ({ event }) => ({ outcome: event.output }),
            },
          },
          {
            target: 'daysFailed',
            actions: {
              type: 'showError',
              params: ({ event }) => errorOf(event.output),
            },
          },
        ],
        onError: {
          target: 'daysFailed',
          actions: { type: 'showError', params: { error: AGENT_UNREACHABLE } },
        },
      },
    },
    daysFailed: {
      on: {
        'resident.retry': { target: 'loadingDays', actions: 'clearError' },
        'resident.back': { target: 'choosingKind', actions: 'clearError' },
      },
    },
    choosingDate: {
      on: {
        'resident.chooseDate': {
          guard: {
            type: 'isOpenDate',
            params: ({ event }) => ({ date: event.date }),
          },
          target: 'choosingTime',
          actions: {
            type: 'chooseDate',
            params: ({ event }) => ({ date: event.date }),
          },
        },
        'resident.back': { target: 'choosingKind', actions: 'clearError' },
      },
    },
    choosingTime: {
      on: {
        'resident.chooseTime': {
          guard: {
            type: 'isFreeTime',
            params: ({ event }) => ({ time: event.time }),
          },
          target: 'confirming',
          actions: {
            type: 'chooseTime',
            params: ({ event }) => ({ time: event.time }),
          },
        },
        'resident.back': { target: 'choosingDate', actions: 'clearError' },
      },
    },
    confirming: {
      on: {
        'resident.confirm': 'taking',
        'resident.back': 'choosingTime',
      },
    },
    taking: {
      invoke: {
        id: 'takeTicket',
        src: 'takeTicket',
        input: ({ context }) => takeOf(context),
        onDone: [
          {
            guard: {
              type: 'isTaken',
              params: ({ event }) => ({ outcome: event.output }),
            },
            target: 'showingTicket',
            actions: {
              type: 'rememberTicket',
              params: ({ event }) => ({ outcome: event.output }),
            },
          },
          {
            target: 'failed',
            actions: {
              type: 'showError',
              params: ({ event }) => errorOf(event.output),
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
        'resident.retry': [
          // Someone took the last place: choose another time afresh.
          { guard: 'isSlotTaken', target: 'loadingDays' },
          { target: 'taking' },
        ],
        'resident.back': { target: 'choosingKind', actions: 'clearError' },
      },
    },
    showingTicket: {
      on: { 'resident.finish': 'finished' },
    },
    leftForHome: { type: 'final' },
    finished: { type: 'final' },
  },
  output: ({ context }) => ({
    next: context.ticket === null ? 'home' : 'done',
  }),
});

export type QueueTicketMachine = typeof queueTicketMachine;
