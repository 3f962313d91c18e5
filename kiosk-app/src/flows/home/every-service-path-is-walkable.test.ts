import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CODE } from '../status-lookup/test-support';
import { submitDossierMachine } from '../submit-dossier/machine';
import type { SubmitDossierEvent } from '../submit-dossier/types';
import {
  describePath,
  doneEvent,
  settle,
  shortestPaths,
  walk,
} from './path-walk';
import type { Kiosk } from './test-support';
import { startKiosk } from './test-support';

// Paths through the home menu and the services, at the level of the
// kiosk's machine. A service's end is offered as its done event; on the
// walk, the resident drives the live child machine to that same output.

const residentEvents: SubmitDossierEvent[] = [
  { type: 'resident.start' },
  { type: 'resident.chooseLanguage', language: 'en' },
  { type: 'resident.chooseService', service: 'submit' },
  { type: 'resident.chooseService', service: 'lookup' },
  { type: 'resident.chooseService', service: 'queue' },
  { type: 'resident.chooseService', service: 'rating' },
  { type: 'resident.chooseService', service: 'help' },
  { type: 'resident.openHelp' },
  { type: 'resident.back' },
  { type: 'resident.cancel' },
];

type Ending = readonly [id: string, output: unknown];

const ENDINGS: Record<string, readonly Ending[]> = {
  lookingUp: [
    ['statusLookup', { next: 'home' }],
    ['statusLookup', { next: 'done' }],
  ],
  takingTicket: [
    ['queueTicket', { next: 'home' }],
    ['queueTicket', { next: 'done' }],
  ],
  rating: [['rating', { rated: false }]],
};

function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  const events: EventObject[] = [...residentEvents];
  for (const [state, endings] of Object.entries(ENDINGS)) {
    if (!snapshot.matches({ session: { flow: state } })) continue;
    for (const [id, output] of endings) events.push(doneEvent(id, output));
  }
  if (snapshot.matches({ session: { help: 'open' } })) {
    events.push(doneEvent('help', { called: true }));
  }
  return events;
}

const serialize = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify({
    value: snapshot.value,
    language: snapshot.context.language,
  });

/** The resident's taps in a child that end it with `output`. */
async function finishChild(kiosk: Kiosk, event: EventObject): Promise<void> {
  const id = event.type.replace('xstate.done.actor.', '');
  const { output } = event as unknown as { output: Record<string, unknown> };
  const child = kiosk.child(id);
  const send = (e: { type: string; [key: string]: unknown }) =>
    child.send(e as EventObject);

  if (id === 'help') {
    send({ type: 'resident.callStaff' });
    await settle();
    send({ type: 'resident.closeHelp' });
  } else if (id === 'rating') {
    send({ type: 'resident.skip' });
  } else if (output['next'] === 'home') {
    send({ type: 'resident.back' });
  } else if (id === 'statusLookup') {
    send({ type: 'resident.typeCode', text: SAMPLE_CODE });
    send({ type: 'resident.lookUp' });
    await settle();
    send({ type: 'resident.finish' });
  } else {
    send({ type: 'resident.walkIn' });
    await settle();
    send({ type: 'resident.finish' });
  }
  await settle();
  expect(child.getSnapshot().output).toEqual(output);
}

const paths = shortestPaths(submitDossierMachine, eventsFor, serialize);

describe('every shortest path through the home menu and the services', () => {
  it('reaches the menu, every service, help over the menu, and the end', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const flow of ['choosingService', 'lookingUp', 'takingTicket']) {
      expect(reached).toContain(
        JSON.stringify({ session: { flow, help: 'closed', idle: 'watching' } }),
      );
    }
    expect(reached).toContain(
      JSON.stringify({
        session: { flow: 'choosingService', help: 'open', idle: 'watching' },
      }),
    );
    expect(reached).toContain(JSON.stringify('done'));
  });

  for (const path of paths) {
    it(`walks ${describePath(path)}`, async () => {
      const kiosk = startKiosk();
      await walk(
        path,
        kiosk.actor,
        (actual, expected) => expect(actual).toEqual(expected),
        (event) => finishChild(kiosk, event),
      );
      expect(serialize(kiosk.snapshot())).toBe(serialize(path.state));
    });
  }
});
