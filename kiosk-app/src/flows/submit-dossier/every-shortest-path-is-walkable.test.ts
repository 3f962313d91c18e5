import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { submitDossierMachine } from './machine';
import {
  refusedPhone,
  residenceConfirmation,
  sampleIdentity,
  sampleReceipt,
  scannedPage,
  settle,
  startFlow,
  temporaryResidence,
} from './test-support';
import type { Flow } from './test-support';
import type {
  HeldAttachments,
  SubmitDossierEvent,
  SubmitOutcome,
} from './types';

const CATALOG_DONE = 'xstate.done.actor.loadCatalog';
const SUBMIT_DONE = 'xstate.done.actor.submitDossier';
const RATING_DONE = 'xstate.done.actor.rating';
const ATTACH_DONE = 'xstate.done.actor.collectAttachments';

const residentEvents: SubmitDossierEvent[] = [
  { type: 'resident.start' },
  { type: 'resident.chooseLanguage', language: 'en' },
  { type: 'resident.chooseService', service: 'submit' },
  { type: 'identity.error', error: { code: 'qr.not_cccd', message: 'no' } },
  { type: 'identity.read', source: 'qr', identity: sampleIdentity },
  { type: 'resident.chooseProcedure', procedureId: residenceConfirmation.id },
  { type: 'resident.chooseProcedure', procedureId: temporaryResidence.id },
  { type: 'resident.changeField', fieldId: 'newWard', value: '26740' },
  { type: 'resident.changeField', fieldId: 'phone', value: '0912345678' },
  { type: 'resident.next' },
  { type: 'resident.submit' },
  { type: 'resident.editForm' },
  { type: 'resident.editProcedure' },
  { type: 'resident.editIdentity' },
  { type: 'resident.editAttachments' },
  { type: 'resident.giveConsent' },
  { type: 'resident.refuseConsent' },
  { type: 'resident.submitAnyway' },
  { type: 'resident.back' },
  { type: 'resident.finish' },
  { type: 'resident.cancel' },
];

const submitOutcomes: SubmitOutcome[] = [
  { kind: 'accepted', receipt: sampleReceipt },
  { kind: 'refused', error: refusedPhone },
  {
    kind: 'refused',
    error: {
      code: 'likely_duplicate',
      message: 'Already submitted as 000.00.00.H29-261203-1001',
      field: 'procedureId',
    },
  },
  { kind: 'unreachable', error: { code: 'agent_unreachable', message: '' } },
];

// The invoked actors do not run during path generation, so their answers
// are offered as events in the states that wait for them.
function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  const events: EventObject[] = [...residentEvents];
  if (
    snapshot.matches({ session: { flow: { choosingProcedure: 'loading' } } })
  ) {
    events.push({
      type: CATALOG_DONE,
      output: {
        ok: true,
        procedures: [residenceConfirmation, temporaryResidence],
      },
    } as EventObject);
  }
  if (snapshot.matches({ session: { flow: 'attaching' } })) {
    // The documents step ends with what it holds: back as it was, or on
    // with the required document scanned.
    const held = snapshot.context.attachments as HeldAttachments;
    const scanned = scannedPage('proofOfResidence');
    const proof = scanned.ok ? scanned.attachment : undefined;
    events.push(
      { type: ATTACH_DONE, output: { direction: 'back', held } } as EventObject,
      {
        type: ATTACH_DONE,
        output: {
          direction: 'next',
          held: { ...held, proofOfResidence: { ...proof, preview: null } },
        },
      } as EventObject,
    );
  }
  if (snapshot.matches({ session: { flow: 'ratingAfterSlip' } })) {
    events.push({ type: RATING_DONE, output: { rated: false } } as EventObject);
  }
  if (snapshot.matches({ session: { flow: 'submitting' } })) {
    for (const output of submitOutcomes) {
      events.push({ type: SUBMIT_DONE, output } as EventObject);
    }
  }
  return events;
}

// Which screen and what the resident has told us; the request id is random
// and so left out.
function serialize(snapshot: AnyMachineSnapshot): string {
  const { context } = snapshot;
  return JSON.stringify({
    value: snapshot.value,
    identity: context.identity !== null,
    identityError: context.identityError?.code,
    procedureId: context.procedureId,
    values: context.values,
    attachments: Object.keys(context.attachments as HeldAttachments),
    consent: context.consent,
    allowDuplicate: context.allowDuplicate,
    submitError: context.submitError?.code,
    receipt: context.receipt !== null,
  });
}

/** Ends the documents step the way the generated event says it ended. */
async function finishDocuments(flow: Flow, event: EventObject) {
  const { direction, held } = (
    event as unknown as { output: { direction: string; held: object } }
  ).output;
  if (direction === 'back') {
    flow.send({ type: 'attach.back' });
  } else {
    if (!('proofOfResidence' in flow.snapshot().context.attachments)) {
      flow.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
      await settle();
    }
    flow.send({ type: 'attach.next' });
  }
  await settle();
  expect(Object.keys(flow.snapshot().context.attachments)).toEqual(
    Object.keys(held),
  );
}

function typeOf(event: EventObject): string {
  return event.type;
}

const paths = getShortestPaths(submitDossierMachine, {
  events: eventsFor as never,
  serializeState: serialize as never,
});

describe('every shortest path through the flow', () => {
  it('reaches every screen of the flow', () => {
    const reached = new Set(
      paths.map((path) => JSON.stringify(path.state.value)),
    );
    for (const screen of [
      'attract',
      'done',
      { session: { flow: 'showingSlip', help: 'closed', idle: 'watching' } },
      { session: { flow: 'reviewing', help: 'closed', idle: 'watching' } },
      { session: { flow: 'submitting', help: 'closed', idle: 'paused' } },
      { session: { flow: 'attaching', help: 'closed', idle: 'watching' } },
      { session: { flow: 'consenting', help: 'closed', idle: 'watching' } },
    ]) {
      expect(reached).toContain(JSON.stringify(screen));
    }
  });

  for (const path of paths) {
    const description = path.steps
      .map((step) => typeOf(step.event))
      .filter((type) => type !== 'xstate.init')
      .join(' → ');

    it(`walks ${description || 'the initial state'}`, async () => {
      const outcomes = path.steps
        .filter((step) => typeOf(step.event) === SUBMIT_DONE)
        .map(
          (step) => (step.event as unknown as { output: SubmitOutcome }).output,
        );
      const flow = startFlow({
        submit: () => {
          const next = outcomes.shift();
          if (next === undefined) throw new Error('unexpected submit');
          return next;
        },
      });

      for (const step of path.steps) {
        const type = typeOf(step.event);
        if (type === CATALOG_DONE || type === SUBMIT_DONE) {
          await settle();
        } else if (type === ATTACH_DONE) {
          await finishDocuments(flow, step.event);
        } else if (type === RATING_DONE) {
          // The rating child ends when the resident skips it.
          flow.snapshot().children['rating']?.send({ type: 'resident.skip' });
        } else if (type !== 'xstate.init') {
          flow.send(step.event as SubmitDossierEvent);
        }
        expect(flow.snapshot().value).toEqual(step.state.value);
      }

      expect(serialize(flow.snapshot())).toBe(serialize(path.state));
    });
  }
});
