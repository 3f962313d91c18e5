import { sendTo } from 'xstate';
import { submitDossierSetup } from '../submit-dossier/setup';
import type {
  ServiceName,
  SubmitDossierContext,
} from '../submit-dossier/types';
import type { RatingInput } from '../rating/types';

// The home menu and the services beside submitting a dossier, as states of
// the kiosk's session flow. Each service is its own child machine; it ends
// with an output that says whether the resident goes back to the menu or is
// finished.

const chose = (service: ServiceName) => ({
  type: 'isServiceChosen' as const,
  params: ({ event }: { event: { service: ServiceName } }) => ({
    chosen: event.service,
    service,
  }),
});

const goingHome = {
  type: 'isGoingHome' as const,
  params: ({ event }: { event: { output: { next: 'home' | 'done' } } }) => ({
    next: event.output.next,
  }),
};

/** The rating after a slip is about that dossier. */
export function ratingAfterSlipInput(
  context: SubmitDossierContext,
): RatingInput {
  const code = context.receipt?.dossierCode;
  const procedureId = context.procedureId ?? undefined;
  return {
    ...(code === undefined ? {} : { dossierCode: code }),
    ...(procedureId === undefined ? {} : { procedureId }),
  };
}

export const choosingService = submitDossierSetup.createStateConfig({
  on: {
    // The slip's QR held to the scanner on the menu: look it up.
    'dossier.scanned': 'lookingUp',
    'resident.chooseService': [
      { guard: chose('submit'), target: 'identifying' },
      { guard: chose('lookup'), target: 'lookingUp' },
      { guard: chose('queue'), target: 'takingTicket' },
      { guard: chose('rating'), target: 'rating' },
      // `help` opens the help region, over this menu.
    ],
    'resident.back': 'choosingLanguage',
  },
});

export const lookingUp = submitDossierSetup.createStateConfig({
  invoke: {
    id: 'statusLookup',
    src: 'statusLookup',
    input: ({ event }) =>
      event.type === 'dossier.scanned' ? { code: event.code } : {},
    onDone: [
      { guard: goingHome, target: 'choosingService' },
      { target: '#submitDossier.done' },
    ],
  },
  on: {
    // The slip's QR, held to the scanner while this flow is open.
    'dossier.scanned': {
      actions: sendTo('statusLookup', ({ event }) => event),
    },
  },
});

export const takingTicket = submitDossierSetup.createStateConfig({
  invoke: {
    id: 'queueTicket',
    src: 'queueTicket',
    input: ({ context }) => ({ language: context.language }),
    onDone: [
      { guard: goingHome, target: 'choosingService' },
      { target: '#submitDossier.done' },
    ],
  },
});

export const rating = submitDossierSetup.createStateConfig({
  invoke: {
    id: 'rating',
    src: 'rating',
    input: {},
    onDone: '#submitDossier.done',
  },
});

export const ratingAfterSlip = submitDossierSetup.createStateConfig({
  invoke: {
    id: 'rating',
    src: 'rating',
    input: ({ context }) => ratingAfterSlipInput(context),
    onDone: '#submitDossier.done',
  },
});

/**
 * A parallel region of the session: help opens over any screen and closes
 * back onto it, so the resident's place in the flow is kept.
 */
export const helpRegion = submitDossierSetup.createStateConfig({
  initial: 'closed',
  states: {
    closed: {
      on: {
        'resident.openHelp': 'open',
        'resident.chooseService': { guard: chose('help'), target: 'open' },
      },
    },
    open: {
      invoke: { id: 'help', src: 'help', onDone: 'closed' },
    },
  },
});
