import type { ProtocolError } from '@motcua/protocol';
import { not } from 'xstate';
import {
  choosingService,
  helpRegion,
  lookingUp,
  rating,
  ratingAfterSlip,
  takingTicket,
} from '../home/service-states';
import { todayInHcmc } from '../../intake-checks';
import { emptyContext } from './actions';
import { findProcedure } from './form';
import { submitDossierSetup } from './setup';
import { submitInput } from './submit-input';
import type { SubmitOutcome } from './types';

const AGENT_UNREACHABLE: ProtocolError = {
  code: 'agent_unreachable',
  message: 'The agent did not answer',
};

export const submitDossierMachine = submitDossierSetup.createMachine({
  id: 'submitDossier',
  context: emptyContext(),
  initial: 'attract',
  on: {
    'agent.hello': {
      actions: {
        type: 'rememberAgent',
        params: ({ event }) => ({
          kioskId: event.kioskId,
          simulator: event.simulator,
          ...(event.idleTimeoutSeconds === undefined
            ? {}
            : { idleTimeoutSeconds: event.idleTimeoutSeconds }),
        }),
      },
    },
    'printer.status': {
      actions: {
        type: 'rememberPrinter',
        params: ({ event }) => ({ status: event.status }),
      },
    },
  },
  states: {
    attract: {
      on: { 'resident.start': 'session' },
    },

    session: {
      type: 'parallel',
      // Every way out of a session (done, idle, cancel) passes here.
      exit: ['endAgentSession', 'forgetResident'],
      on: {
        'resident.cancel': {
          guard: not('isSubmitting'),
          target: 'attract',
        },
      },
      states: {
        flow: {
          initial: 'choosingLanguage',
          states: {
            choosingLanguage: {
              on: {
                'resident.chooseLanguage': {
                  target: 'choosingService',
                  actions: {
                    type: 'chooseLanguage',
                    params: ({ event }) => ({ language: event.language }),
                  },
                },
                'resident.back': '#submitDossier.attract',
              },
            },

            // The home menu and the other services: see home/.
            choosingService,
            lookingUp,
            takingTicket,
            rating,

            // The card's QR (or chip) read by the agent, or typed by hand
            // (manual-identity/) when the card cannot be read.
            identifying: {
              initial: 'waitingForCard',
              on: {
                'identity.read': {
                  target: 'choosingProcedure',
                  actions: {
                    type: 'rememberIdentity',
                    params: ({ event }) => ({
                      identity: { ...event.identity, source: event.source },
                    }),
                  },
                },
                'identity.error': {
                  actions: {
                    type: 'showIdentityError',
                    params: ({ event }) => ({ error: event.error }),
                  },
                },
                // A slip's QR is not a card: say so, as for any other code.
                'dossier.scanned': {
                  actions: {
                    type: 'showIdentityError',
                    params: {
                      error: {
                        code: 'qr.not_cccd',
                        message: 'A dossier code is not a citizen ID card',
                      },
                    },
                  },
                },
                'resident.back': 'choosingService',
              },
              states: {
                waitingForCard: {
                  on: { 'resident.enterByHand': 'enteringByHand' },
                },
                enteringByHand: {
                  invoke: {
                    id: 'manualIdentity',
                    src: 'enterIdentityByHand',
                    input: () => ({ today: todayInHcmc(new Date()) }),
                    onDone: {
                      target: 'waitingForCard',
                      actions: {
                        type: 'reportManualIdentity',
                        params: ({ event }) => ({ output: event.output }),
                      },
                    },
                  },
                  on: {
                    'manual.*': { actions: 'forwardToManualIdentity' },
                    'resident.back': 'waitingForCard',
                  },
                },
              },
            },

            choosingProcedure: {
              initial: 'loading',
              on: {
                'resident.back': {
                  target: 'identifying',
                  actions: 'forgetIdentity',
                },
              },
              states: {
                loading: {
                  invoke: {
                    id: 'loadCatalog',
                    src: 'loadCatalog',
                    onDone: [
                      {
                        guard: {
                          type: 'isCatalogLoaded',
                          params: ({ event }) => ({ outcome: event.output }),
                        },
                        target: 'ready',
                        actions: {
                          type: 'rememberCatalog',
                          params: ({ event }) => ({ outcome: event.output }),
                        },
                      },
                      {
                        target: 'failed',
                        actions: {
                          type: 'showCatalogError',
                          params: ({ event }) => ({
                            error: event.output.ok
                              ? AGENT_UNREACHABLE
                              : event.output.error,
                          }),
                        },
                      },
                    ],
                    onError: {
                      target: 'failed',
                      actions: {
                        type: 'showCatalogError',
                        params: { error: AGENT_UNREACHABLE },
                      },
                    },
                  },
                },
                ready: {
                  on: {
                    'resident.chooseProcedure': {
                      guard: {
                        type: 'isOfferedProcedure',
                        params: ({ event }) => ({
                          procedureId: event.procedureId,
                        }),
                      },
                      target: '#submitDossier.session.flow.fillingForm',
                      actions: {
                        type: 'chooseProcedure',
                        params: ({ event }) => ({
                          procedureId: event.procedureId,
                        }),
                      },
                    },
                  },
                },
                failed: {
                  on: { 'resident.retryCatalog': 'loading' },
                },
              },
            },

            fillingForm: {
              on: {
                'resident.changeField': {
                  actions: {
                    type: 'changeField',
                    params: ({ event }) => ({
                      fieldId: event.fieldId,
                      value: event.value,
                    }),
                  },
                },
                'resident.next': [
                  { guard: 'isFormCompleteWithDocuments', target: 'attaching' },
                  { guard: 'isFormComplete', target: 'reviewing' },
                  { actions: 'checkForm' },
                ],
                'resident.back': 'choosingProcedure',
              },
            },

            // The documents step runs as its own machine; its scans come
            // back in its output, whichever way the resident leaves.
            attaching: {
              invoke: {
                id: 'collectAttachments',
                src: 'collectAttachments',
                input: ({ context }) => ({
                  requirements:
                    findProcedure(context.procedures, context.procedureId)
                      ?.attachments ?? [],
                  held: context.attachments,
                }),
                onDone: [
                  {
                    guard: {
                      type: 'wentBack',
                      params: ({ event }) => ({ output: event.output }),
                    },
                    target: 'fillingForm',
                    actions: {
                      type: 'rememberAttachments',
                      params: ({ event }) => ({ output: event.output }),
                    },
                  },
                  {
                    target: 'reviewing',
                    actions: {
                      type: 'rememberAttachments',
                      params: ({ event }) => ({ output: event.output }),
                    },
                  },
                ],
              },
              on: { 'attach.*': { actions: 'forwardToAttachments' } },
            },

            reviewing: {
              on: {
                'resident.submit': [
                  { guard: 'isReadyForConsent', target: 'consenting' },
                  {
                    guard: 'isReadyToSubmit',
                    target: 'submitting',
                    actions: 'createRequestId',
                  },
                ],
                'resident.submitAnyway': {
                  guard: 'isLikelyDuplicate',
                  target: 'submitting',
                  actions: ['allowDuplicate', 'createRequestId'],
                },
                'resident.editIdentity': {
                  target: 'identifying',
                  actions: 'forgetCard',
                },
                'resident.editProcedure': 'choosingProcedure',
                'resident.editForm': 'fillingForm',
                'resident.editAttachments': {
                  guard: 'hasAttachmentRequirements',
                  target: 'attaching',
                },
                'resident.back': [
                  { guard: 'hasAttachmentRequirements', target: 'attaching' },
                  { target: 'fillingForm' },
                ],
              },
            },

            // Optional data (a phone number for SMS) leaves the kiosk only
            // with a yes; a no still submits, without it.
            consenting: {
              on: {
                'resident.giveConsent': {
                  target: 'submitting',
                  actions: ['giveConsent', 'createRequestId'],
                },
                'resident.refuseConsent': {
                  target: 'submitting',
                  actions: ['refuseConsent', 'createRequestId'],
                },
                'resident.back': 'reviewing',
              },
            },

            submitting: {
              // The idle timer must not end a session while the agent
              // commits and prints.
              entry: 'pauseIdleWatch',
              exit: 'resumeIdleWatch',
              invoke: {
                id: 'submitDossier',
                src: 'submitDossier',
                input: ({ context }) => submitInput(context),
                onDone: [
                  {
                    guard: {
                      type: 'isAccepted',
                      params: ({ event }) => ({ outcome: event.output }),
                    },
                    target: 'showingSlip',
                    actions: {
                      type: 'rememberReceipt',
                      params: ({ event }) => ({ outcome: event.output }),
                    },
                  },
                  {
                    guard: {
                      type: 'isRefusedOnField',
                      params: ({ event }) => ({ outcome: event.output }),
                    },
                    target: 'fillingForm',
                    actions: [
                      {
                        type: 'showSubmitError',
                        params: ({ event }) => errorOf(event.output),
                      },
                      'forgetRequestId',
                    ],
                  },
                  {
                    guard: {
                      type: 'isRefused',
                      params: ({ event }) => ({ outcome: event.output }),
                    },
                    target: 'reviewing',
                    actions: [
                      {
                        type: 'showSubmitError',
                        params: ({ event }) => errorOf(event.output),
                      },
                      'forgetRequestId',
                    ],
                  },
                  {
                    // The answer was lost: keep the request id for a retry.
                    target: 'reviewing',
                    actions: {
                      type: 'showSubmitError',
                      params: ({ event }) => errorOf(event.output),
                    },
                  },
                ],
                onError: {
                  target: 'reviewing',
                  actions: {
                    type: 'showSubmitError',
                    params: { error: AGENT_UNREACHABLE },
                  },
                },
              },
            },

            showingSlip: {
              on: { 'resident.finish': 'ratingAfterSlip' },
            },

            ratingAfterSlip,
          },
        },

        help: helpRegion,

        idle: {
          initial: 'watching',
          states: {
            watching: {
              after: { IDLE_WARNING: 'warning' },
              on: {
                'resident.tapped': { target: 'watching', reenter: true },
                'session.progressed': { target: 'watching', reenter: true },
                'session.busy': 'paused',
              },
            },
            warning: {
              after: { IDLE_EXPIRY: '#submitDossier.attract' },
              on: {
                'resident.tapped': 'watching',
                'resident.stillHere': 'watching',
                'session.busy': 'paused',
              },
            },
            paused: {
              on: { 'session.progressed': 'watching' },
            },
          },
        },
      },
    },

    done: {
      after: { FAREWELL: 'attract' },
      on: {
        'resident.finish': 'attract',
        'resident.start': 'session',
      },
    },
  },
});

function errorOf(outcome: SubmitOutcome): { error: ProtocolError } {
  return {
    error: outcome.kind === 'accepted' ? AGENT_UNREACHABLE : outcome.error,
  };
}

export type SubmitDossierMachine = typeof submitDossierMachine;
