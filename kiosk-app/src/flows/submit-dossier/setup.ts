import type { PrinterStatus, ProtocolError } from '@motcua/protocol';
import { and, assign, raise, sendTo, setup, stateIn } from 'xstate';
import { attachmentsMachine } from './attachments/machine';
import type { AttachmentsOutput } from './attachments/types';
import {
  withAttachments,
  withCatalog,
  withConsent,
  withFieldValue,
  withFormChecked,
  withoutResident,
  withProcedure,
  withReceipt,
  withSubmitError,
} from './actions';
import { helpMachine } from '../help/machine';
import { queueTicketMachine } from '../queue-ticket/machine';
import { ratingMachine } from '../rating/machine';
import { statusLookupMachine } from '../status-lookup/machine';
import { loadCatalog, submitDossier } from './actors';
import { manualIdentityMachine } from './manual-identity/machine';
import type { ManualIdentityOutput } from './manual-identity/types';
import { scaledDelays } from './delays';
import {
  hasAttachmentRequirements,
  isAccepted,
  isCatalogLoaded,
  isFormComplete,
  isOfferedProcedure,
  isReadyToSubmit,
  isRefused,
  isRefusedOnField,
  isLikelyDuplicate,
  needsConsent,
  wentBack,
} from './guards';
import type {
  CatalogOutcome,
  SubmitDossierContext,
  SubmitDossierEvent,
  ServiceName,
  SubmitOutcome,
} from './types';

/** Everything the flow's machine refers to by name. */
export const submitDossierSetup = setup({
  types: {
    context: {} as SubmitDossierContext,
    events: {} as SubmitDossierEvent,
  },
  actors: {
    loadCatalog,
    submitDossier,
    collectAttachments: attachmentsMachine,
    enterIdentityByHand: manualIdentityMachine,
    // The services beside a dossier, each its own machine.
    statusLookup: statusLookupMachine,
    queueTicket: queueTicketMachine,
    rating: ratingMachine,
    help: helpMachine,
  },
  // Unscaled until the app provides the resident's scale (main.tsx).
  delays: scaledDelays(() => 1),
  guards: {
    isAccepted,
    isCatalogLoaded,
    isFormComplete,
    isOfferedProcedure,
    isReadyToSubmit,
    isRefused,
    isRefusedOnField,
    isSubmitting: stateIn({ session: { flow: 'submitting' } }),
    hasAttachmentRequirements,
    isLikelyDuplicate,
    needsConsent,
    isReadyForConsent: and(['isReadyToSubmit', 'needsConsent']),
    isFormCompleteWithDocuments: and([
      'isFormComplete',
      'hasAttachmentRequirements',
    ]),
    wentBack,
    isServiceChosen: (
      _,
      params: { chosen: ServiceName; service: ServiceName },
    ) => params.chosen === params.service,
    isGoingHome: (_, params: { next: 'home' | 'done' }) =>
      params.next === 'home',
  },
  actions: {
    /** Tells the agent the resident left; provided by the app. */
    endAgentSession: () => undefined,
    forgetResident: assign(({ context }) => withoutResident(context)),
    rememberAgent: assign(
      (_, params: NonNullable<SubmitDossierContext['agent']>) => ({
        agent: params,
      }),
    ),
    rememberPrinter: assign((_, params: { status: PrinterStatus }) => ({
      printer: params.status,
    })),
    chooseLanguage: assign((_, params: { language: 'vi' | 'en' }) => ({
      language: params.language,
    })),
    rememberIdentity: assign(
      (_, params: { identity: SubmitDossierContext['identity'] }) => ({
        identity: params.identity,
        identityError: null,
      }),
    ),
    showIdentityError: assign((_, params: { error: ProtocolError }) => ({
      identityError: params.error,
    })),
    /** Edit from review: scan the card again, keep everything else. */
    forgetCard: assign({ identity: null, identityError: null }),
    rememberAttachments: assign(
      ({ context }, params: { output: AttachmentsOutput }) =>
        withAttachments(context, params.output.held),
    ),
    forwardToAttachments: sendTo('collectAttachments', ({ event }) => event),
    forwardToManualIdentity: sendTo('manualIdentity', ({ event }) => event),
    /** Typed data arrives like a card read, marked as typed. */
    reportManualIdentity: raise(
      (_, params: { output: ManualIdentityOutput }) => ({
        type: 'identity.read' as const,
        source: 'manual' as const,
        identity: params.output.identity,
      }),
    ),
    allowDuplicate: assign({ allowDuplicate: true }),
    giveConsent: assign(({ context }) => withConsent(context, 'given')),
    refuseConsent: assign(({ context }) => withConsent(context, 'refused')),
    forgetIdentity: assign({
      identity: null,
      identityError: null,
      procedureId: null,
      values: {},
      fieldErrors: {},
      attachments: {},
      consent: null,
      allowDuplicate: false,
      submitError: null,
      requestId: null,
    }),
    rememberCatalog: assign(
      ({ context }, params: { outcome: CatalogOutcome }) =>
        withCatalog(
          context,
          params.outcome.ok ? params.outcome.procedures : [],
        ),
    ),
    showCatalogError: assign((_, params: { error: ProtocolError }) => ({
      catalogError: params.error,
    })),
    chooseProcedure: assign(({ context }, params: { procedureId: string }) =>
      withProcedure(context, params.procedureId),
    ),
    changeField: assign(
      ({ context }, params: { fieldId: string; value: string }) =>
        withFieldValue(context, params.fieldId, params.value),
    ),
    checkForm: assign(({ context }) => withFormChecked(context)),
    createRequestId: assign(({ context }) => ({
      requestId: context.requestId ?? crypto.randomUUID(),
    })),
    forgetRequestId: assign({ requestId: null }),
    rememberReceipt: assign(
      ({ context }, params: { outcome: SubmitOutcome }) =>
        params.outcome.kind === 'accepted'
          ? withReceipt(context, params.outcome.receipt)
          : context,
    ),
    showSubmitError: assign(({ context }, params: { error: ProtocolError }) =>
      withSubmitError(context, params.error),
    ),
    pauseIdleWatch: raise({ type: 'session.busy' }),
    resumeIdleWatch: raise({ type: 'session.progressed' }),
  },
});
